import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps, npsInterval, weightedNps } from "../../src/index.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe("weightedNps properties", () => {
  it(
    "weightedNps with all weights 1 gives exactly computeNps's score and shares " + "and npsInterval's Wald interval",
    () => {
      fc.assert(
        fc.property(scores, confidence, (s, level) => {
          const w = weightedNps(s, { weights: s.map(() => 1), confidence: level })!;
          const plain = computeNps(s)!;
          const interval = npsInterval(s, { method: "wald", confidence: level })!;
          expect([w.score, w.promoterPercent, w.passivePercent, w.detractorPercent, w.effectiveResponses]).toEqual([
            plain.score,
            plain.promoterPercent,
            plain.passivePercent,
            plain.detractorPercent,
            plain.responses,
          ]);
          expect([w.lower, w.upper, w.marginOfError]).toEqual([interval.lower, interval.upper, interval.marginOfError]);
        }),
      );
    },
  );

  it("multiplying every weight by a power of two changes nothing but the total weight", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: -10, max: 10 }), (s, e) => {
        const weights = s.map((_, i) => 1 + (i % 3));
        const a = weightedNps(s, { weights })!;
        const b = weightedNps(s, { weights: weights.map((x) => x * 2 ** e) })!;
        expect({ ...b, totalWeight: a.totalWeight }).toEqual(a);
      }),
    );
  });
});
