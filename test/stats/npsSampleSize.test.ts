import { describe, expect, it } from "vitest";
import { npsSampleSize } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("npsSampleSize", () => {
  it("uses the worst case, half promoters and half detractors (variance 1), by default", () => {
    // 1.96^2 x 1 / 0.1^2 = 384.15, rounded up
    expect(npsSampleSize({ marginOfError: 10 })).toBe(385);
  });

  it("takes planned shares: one third each (variance 2/3) needs 257 for +/-10 points", () => {
    // 1.96^2 x (2/3) / 0.1^2 = 256.1, rounded up
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 100 / 3, detractorPercent: 100 / 3 })).toBe(257);
  });

  it("applies the finite-population correction: 378 out of 500 for +/-5 points", () => {
    // n0 = 1.96^2 / 0.05^2 = 1536.6; with N = 500: 1536.6 / (1 + 1535.6 / 500) = 377.2, rounded up
    expect(npsSampleSize({ marginOfError: 5, population: 500 })).toBe(378);
  });

  it("needs one response when every answer is planned to be a promoter", () => {
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 100, detractorPercent: 0 })).toBe(1);
  });

  it("accepts promoter and detractor shares that add up to exactly 100, and rejects more", () => {
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 60, detractorPercent: 40 })).toBeGreaterThan(1);
    expectCxError(() => npsSampleSize({ marginOfError: 10, promoterPercent: 60, detractorPercent: 40.01 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
    expectCxError(() => npsSampleSize({ marginOfError: 5, promoterPercent: 70, detractorPercent: 40 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
  });

  it("allows the shares' sum 1e-10 points over 100 for the rounding of percentages, and no more", () => {
    // 60 % and 40.0000000001 %: v = p + d - (p - d)^2 = 0.960000000001, n0 = 1.959964^2 x v / 0.1^2
    // = 368.78, rounded up (python3 with mpmath at 50 digits).
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 60, detractorPercent: 40.0000000001 })).toBe(369);
    expectCxError(() => npsSampleSize({ marginOfError: 10, promoterPercent: 60, detractorPercent: 40.0000000002 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
  });

  it("rejects one share without the other", () => {
    expectCxError(() => npsSampleSize({ marginOfError: 5, promoterPercent: 40 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
    expectCxError(() => npsSampleSize({ marginOfError: 5, detractorPercent: 40 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
  });

  it("rejects a share off 0 to 100, naming it", () => {
    expectCxError(() => npsSampleSize({ marginOfError: 5, promoterPercent: -1, detractorPercent: 40 }), {
      code: "negative",
      field: "promoterPercent",
    });
    expectCxError(() => npsSampleSize({ marginOfError: 5, promoterPercent: 40, detractorPercent: 101 }), {
      code: "out-of-range",
      field: "detractorPercent",
    });
  });

  it("rejects a margin above 200 points or not a number", () => {
    expectCxError(() => npsSampleSize({ marginOfError: 201 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => npsSampleSize({ marginOfError: NaN }), { code: "not-a-number", field: "marginOfError" });
  });

  it("rejects an input that is not an object", () => {
    expectCxError(() => npsSampleSize(5 as never), { code: "wrong-type", field: "input" });
  });
});
