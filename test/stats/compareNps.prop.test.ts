import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNps, type NpsComparison } from "../../src/index.js";

const counts = fc
  .record({ promoters: fc.nat(2000), passives: fc.nat(2000), detractors: fc.nat(2000) })
  // At least two categories answered: with one, a Wald interval does not exist (tested below).
  .filter((c) => [c.promoters, c.passives, c.detractors].filter((n) => n > 0).length >= 2);
const methods = fc.constantFrom("adjusted-wald" as const, "wald" as const);

describe("compareNps properties", () => {
  it("has no Wald test or interval exactly when both samples answered in one category each", () => {
    const single = fc.record({
      promoters: fc.constantFrom(0, 3),
      passives: fc.constantFrom(0, 3),
      detractors: fc.constantFrom(0, 3),
    });
    fc.assert(
      fc.property(single, single, (a, b) => {
        const r = compareNps(a, b, { method: "wald" });
        if (r === undefined) return;
        const oneCategory = (c: typeof a): boolean =>
          [c.promoters, c.passives, c.detractors].filter((n) => n > 0).length === 1;
        expect(r.pValue === undefined).toBe(oneCategory(a) && oneCategory(b));
        expect(r.lower === undefined).toBe(oneCategory(a) && oneCategory(b));
      }),
    );
  });

  it("gives difference 0 and p-value 1 for a sample compared with itself", () => {
    fc.assert(
      fc.property(counts, methods, (c, method) => {
        const r = compareNps(c, c, { method }) as NpsComparison;
        expect(r.difference).toBe(0);
        expect(r.z).toBe(0);
        expect(r.pValue).toBe(1);
        expect(r.lower).toBeLessThanOrEqual(0);
        expect(r.upper).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("negates the difference and keeps the p-value, in 0..1, when a and b swap", () => {
    fc.assert(
      fc.property(counts, counts, methods, (a, b, method) => {
        const ab = compareNps(a, b, { method }) as NpsComparison;
        const ba = compareNps(b, a, { method }) as NpsComparison;
        expect(ba.difference).toBeCloseTo(-ab.difference, 9);
        expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
        expect(ba.lower).toBeCloseTo(-ab.upper, 9);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});
