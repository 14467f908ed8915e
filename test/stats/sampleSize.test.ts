import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { npsSampleSize, proportionSampleSize } from "../../src/index.js";
import { criticalValue } from "../../src/internal/normalDistribution.js";
import { expectCxError } from "../helpers/errors.js";

/** The Wald margin of error, with the finite-population correction when N is given. */
const margin = (z: number, variance: number, n: number, population?: number): number =>
  z * Math.sqrt((variance / n) * (population === undefined || population === 1 ? 1 : (population - n) / (population - 1)));

describe("proportionSampleSize", () => {
  it("gives the textbook 385 for +/-5 points at 95 %, and 278 out of a population of 1,000", () => {
    // Cochran (1977): n0 = 1.96^2 x 0.25 / 0.05^2 = 384.16; with N = 1,000, 277.7.
    expect(proportionSampleSize({ marginOfError: 5 })).toBe(385);
    expect(proportionSampleSize({ marginOfError: 5, population: 1000 })).toBe(278);
    expect(proportionSampleSize({ marginOfError: 3, confidence: 0.99 })).toBe(1844);
    expect(proportionSampleSize({ marginOfError: 5, expectedPercent: 0 })).toBe(1);
  });

  it("achieves the margin, and one response fewer does not (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 99, noNaN: true }),
        fc.option(fc.integer({ min: 2, max: 100000 }), { nil: undefined }),
        (e, confidence, expectedPercent, population) => {
          const input = population === undefined ? { marginOfError: e, confidence, expectedPercent } : { marginOfError: e, confidence, expectedPercent, population };
          const n = proportionSampleSize(input);
          const v = (expectedPercent / 100) * (1 - expectedPercent / 100);
          const z = criticalValue(confidence);
          expect(margin(z, v, n, population)).toBeLessThanOrEqual(e / 100);
          if (n > 1) expect(margin(z, v, n - 1, population)).toBeGreaterThan(e / 100);
        },
      ),
    );
  });

  it("rejects bad margins, shares and populations", () => {
    expectCxError(() => proportionSampleSize({ marginOfError: 0 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => proportionSampleSize({ marginOfError: -1 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => proportionSampleSize({ marginOfError: 101 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => proportionSampleSize({ marginOfError: 5, expectedPercent: 120 }), {
      code: "out-of-range",
      field: "expectedPercent",
    });
    expectCxError(() => proportionSampleSize({ marginOfError: 5, population: 0 }), { code: "out-of-range", field: "population" });
    expectCxError(() => proportionSampleSize({ marginOfError: 5, population: 10.5 }), { code: "not-integer", field: "population" });
    expectCxError(() => proportionSampleSize({ marginOfError: 5, confidence: 1 }), { code: "out-of-range", field: "options.confidence" });
  });
});

describe("npsSampleSize", () => {
  it("uses the worst case (half promoters, half detractors) by default, and one third each as the planning alternative", () => {
    // v = 1: 1.96^2 / 0.1^2 = 384.15 -> 385; v = 2/3: 256.1 -> 257
    expect(npsSampleSize({ marginOfError: 10 })).toBe(385);
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 100 / 3, detractorPercent: 100 / 3 })).toBe(257);
    // n0 = 1.96^2 / 0.05^2 = 1536.6; with N = 500: 1536.6 / (1 + 1535.6 / 500) = 377.2 -> 378
    expect(npsSampleSize({ marginOfError: 5, population: 500 })).toBe(378);
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 100, detractorPercent: 0 })).toBe(1);
  });

  it("achieves the margin in the Wald formula, and one response fewer does not (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (e, confidence, a, b) => {
          const p = Math.min(a, b);
          const d = Math.max(a, b) - p;
          const n = npsSampleSize({ marginOfError: e, confidence, promoterPercent: p, detractorPercent: d });
          const v = p / 100 + d / 100 - (p / 100 - d / 100) ** 2;
          const z = criticalValue(confidence);
          expect(margin(z, v, n)).toBeLessThanOrEqual(e / 100);
          if (n > 1) expect(margin(z, v, n - 1)).toBeGreaterThan(e / 100);
        },
      ),
    );
  });

  it("rejects one share without the other, shares over 100 in all, and bad margins", () => {
    expectCxError(() => npsSampleSize({ marginOfError: 5, promoterPercent: 40 }), { code: "inconsistent", field: "detractorPercent" });
    expectCxError(() => npsSampleSize({ marginOfError: 5, promoterPercent: 70, detractorPercent: 40 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
    expectCxError(() => npsSampleSize({ marginOfError: 201 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => npsSampleSize({ marginOfError: NaN }), { code: "not-a-number", field: "marginOfError" });
    expectCxError(() => npsSampleSize(5 as never), { code: "wrong-type", field: "input" });
  });
});
