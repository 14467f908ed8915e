import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNps } from "../../src/index.js";

const counts = fc
  .record({ promoters: fc.nat(2000), passives: fc.nat(2000), detractors: fc.nat(2000) })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);
const methods = fc.constantFrom("adjusted-wald" as const, "wald" as const);

describe("compareNps properties", () => {
  it("gives difference 0 and p-value 1 for a sample compared with itself", () => {
    fc.assert(
      fc.property(counts, methods, (c, method) => {
        const r = compareNps(c, c, { method })!;
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
        const ab = compareNps(a, b, { method })!;
        const ba = compareNps(b, a, { method })!;
        expect(ba.difference).toBeCloseTo(-ab.difference, 9);
        expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
        expect(ba.lower).toBeCloseTo(-ab.upper, 9);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});
