import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csat, proportionInterval, weightedCsat } from "../../src/index.js";

const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe("weightedCsat properties", () => {
  it("weightedCsat with all weights 1 gives exactly csat's percentage and proportionInterval's Wald interval", () => {
    fc.assert(
      fc.property(ratings, confidence, (r, level) => {
        const w = weightedCsat(
          r.map((rating) => ({ rating, weight: 1 })),
          { confidence: level },
        )!;
        const satisfied = r.filter((x) => x >= 4).length;
        const interval = proportionInterval(
          { successes: satisfied, trials: r.length },
          { method: "wald", confidence: level },
        )!;
        expect([w.percent, w.lower, w.upper]).toEqual([csat(r), interval.lower, interval.upper]);
      }),
    );
  });
});
