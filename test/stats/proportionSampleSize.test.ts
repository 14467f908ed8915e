import { describe, expect, it } from "vitest";
import { proportionSampleSize } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("proportionSampleSize", () => {
  it("gives the textbook 385 for +/-5 points at 95 %", () => {
    // Cochran (1977): n0 = 1.96^2 x 0.25 / 0.05^2 = 384.16, rounded up.
    expect(proportionSampleSize({ marginOfError: 5 })).toBe(385);
  });

  it("gives 278 out of a population of 1,000 with the finite-population correction", () => {
    // Cochran (1977): n = n0 / (1 + (n0 - 1) / N) = 384.16 / 1.38316 = 277.7, rounded up.
    expect(proportionSampleSize({ marginOfError: 5, population: 1000 })).toBe(278);
  });

  it("gives 1,844 for +/-3 points at 99 %", () => {
    // R 4: ceiling(qnorm(0.995)^2 * 0.25 / 0.03^2)  ->  1844
    expect(proportionSampleSize({ marginOfError: 3, confidence: 0.99 })).toBe(1844);
  });

  it("needs one response when the expected share is 0 %", () => {
    expect(proportionSampleSize({ marginOfError: 5, expectedPercent: 0 })).toBe(1);
  });

  it("rejects margins of error outside (0, 100]", () => {
    expectCxError(() => proportionSampleSize({ marginOfError: 0 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => proportionSampleSize({ marginOfError: -1 }), { code: "out-of-range", field: "marginOfError" });
    expectCxError(() => proportionSampleSize({ marginOfError: 101 }), { code: "out-of-range", field: "marginOfError" });
  });

  it("rejects an expected share above 100 %", () => {
    expectCxError(() => proportionSampleSize({ marginOfError: 5, expectedPercent: 120 }), {
      code: "out-of-range",
      field: "expectedPercent",
    });
  });

  it("rejects a population that is not a whole number from 1", () => {
    expectCxError(() => proportionSampleSize({ marginOfError: 5, population: 0 }), {
      code: "out-of-range",
      field: "population",
    });
    expectCxError(() => proportionSampleSize({ marginOfError: 5, population: 10.5 }), {
      code: "not-integer",
      field: "population",
    });
  });

  it("rejects a confidence level of 1", () => {
    expectCxError(() => proportionSampleSize({ marginOfError: 5, confidence: 1 }), {
      code: "out-of-range",
      field: "confidence",
    });
  });
});

describe("proportionSampleSize at the ends of the double range", () => {
  it("needs one response when the variance is too small to survive the computation", () => {
    // p = 5e-324: the variance is the smallest double, and z^2 times it rounds to 0 at 50 %.
    expect(proportionSampleSize({ marginOfError: 50, confidence: 0.5, expectedPercent: 5e-322 })).toBe(1);
  });

  it("needs the whole population for a margin so small its square is 0", () => {
    expect(proportionSampleSize({ marginOfError: 1e-200, population: 1000 })).toBe(1000);
  });
});
