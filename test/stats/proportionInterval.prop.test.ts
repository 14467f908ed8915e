import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ProportionInterval, proportionInterval } from "../../src/index.js";

const input = fc
  .tuple(fc.nat(5000), fc.integer({ min: 1, max: 5000 }))
  .map(([a, b]) => ({ successes: a % (b + 1), trials: b }));
const method = fc.constantFrom("wilson" as const, "agresti-coull" as const, "wald" as const);
const confidence = fc.double({ min: 0.5, max: 0.99, noNaN: true });

describe("proportionInterval properties", () => {
  it("stays in 0..100 and contains the estimate (Wald, Wilson)", () => {
    fc.assert(
      fc.property(input, method, confidence, (c, m, level) => {
        const r = proportionInterval(c, { method: m, confidence: level })!;
        if (r.lower === undefined || r.upper === undefined) {
          // Only Wald at a share of 0 or 100 %, where its standard error is 0.
          expect(m === "wald" && (c.successes === 0 || c.successes === c.trials)).toBe(true);
          return;
        }
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.upper).toBeLessThanOrEqual(100);
        if (m !== "agresti-coull") expect(r.lower <= r.percent + 1e-9 && r.percent <= r.upper + 1e-9).toBe(true);
      }),
    );
  });

  it("widens with the confidence level and narrows when the counts grow fourfold", () => {
    fc.assert(
      fc.property(input, method, confidence, (c, m, level) => {
        const r = proportionInterval(c, { method: m, confidence: level }) as ProportionInterval;
        if (r.lower === undefined) return; // Wald at 0 or 100 % (see above)
        const wider = proportionInterval(c, { method: m, confidence: (level + 1) / 2 }) as ProportionInterval;
        expect(wider.upper - wider.lower).toBeGreaterThanOrEqual(r.upper - r.lower - 1e-12);
        const four = proportionInterval(
          { successes: 4 * c.successes, trials: 4 * c.trials },
          { method: m, confidence: level },
        ) as ProportionInterval;
        expect(four.upper - four.lower).toBeLessThanOrEqual(r.upper - r.lower + 1e-12);
      }),
    );
  });
});
