import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NpsIntervalResult, npsInterval } from "../../src/index.js";

const counts = fc
  .record({ promoters: fc.nat(2000), passives: fc.nat(2000), detractors: fc.nat(2000) })
  // At least two categories answered: with one, a Wald interval does not exist (tested below).
  .filter((c) => [c.promoters, c.passives, c.detractors].filter((n) => n > 0).length >= 2);
const methods = fc.constantFrom("adjusted-wald" as const, "wald" as const);
const confidence = fc.double({ min: 0.5, max: 0.99, noNaN: true });

describe("npsInterval properties", () => {
  it("has no Wald interval exactly when every answer falls in one category", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 4),
        fc.constantFrom(0, 4),
        fc.constantFrom(0, 4),
        (promoters, passives, detractors) => {
          const r = npsInterval({ promoters, passives, detractors }, { method: "wald" });
          if (r === undefined) return;
          const categories = [promoters, passives, detractors].filter((n) => n > 0).length;
          expect(r.marginOfError === undefined).toBe(categories === 1);
          expect(npsInterval({ promoters, passives, detractors })?.marginOfError).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("contains its centre (the NPS of the counts plus the method's added answers) and stays in -100..100", () => {
    fc.assert(
      fc.property(counts, methods, confidence, (c, method, level) => {
        const r = npsInterval(c, { method, confidence: level }) as NpsIntervalResult;
        const n = c.promoters + c.passives + c.detractors;
        const added = method === "wald" ? 0 : 3; // 0.75 promoters, 1.5 passives, 0.75 detractors
        const centre = (100 * (c.promoters - c.detractors)) / (n + added);
        expect(r.lower).toBeLessThanOrEqual(centre + 1e-9);
        expect(r.upper).toBeGreaterThanOrEqual(centre - 1e-9);
        if (method === "wald") expect(r.lower <= r.score && r.score <= r.upper).toBe(true);
        expect(r.lower).toBeGreaterThanOrEqual(-100);
        expect(r.upper).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("shrinks when every count grows, by half exactly for Wald when they grow fourfold", () => {
    fc.assert(
      fc.property(counts, methods, confidence, (c, method, level) => {
        const r = npsInterval(c, { method, confidence: level }) as NpsIntervalResult;
        const four = npsInterval(
          { promoters: 4 * c.promoters, passives: 4 * c.passives, detractors: 4 * c.detractors },
          { method, confidence: level },
        )!;
        expect(four.marginOfError).toBeLessThanOrEqual(r.marginOfError);
        if (method === "wald") expect(four.marginOfError).toBeCloseTo(r.marginOfError / 2, 9);
      }),
    );
  });

  it("widens with the confidence level", () => {
    fc.assert(
      fc.property(counts, methods, confidence, (c, method, level) => {
        const r = npsInterval(c, { method, confidence: level }) as NpsIntervalResult;
        const wider = npsInterval(c, { method, confidence: (level + 1) / 2 })!;
        expect(wider.marginOfError).toBeGreaterThanOrEqual(r.marginOfError);
      }),
    );
  });
});
