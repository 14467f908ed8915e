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

  it("keeps the correction's upper end below the population: 9 of 10 for +/-5 points at 50 %", () => {
    // Cochran (1977) with z = qnorm(0.75) = 0.67448975: n0 = z^2 x 0.25 / 0.05^2 = 45.4936;
    // n = 45.4936 / (1 + 44.4936 / 10) = 8.348, rounded up (python3 with mpmath at 50 digits).
    expect(proportionSampleSize({ marginOfError: 5, confidence: 0.5, population: 10 })).toBe(9);
  });

  it("gives Cochran's sample sizes in the hundreds of billions, with and without a population", () => {
    // n0 = 1.959964^2 x 0.25 / 0.000001^2 = 960,364,705,173.53 (python3 with mpmath at 50 digits,
    // z = sqrt(2) erfinv(0.95)); with N = 10^12: n0 / (1 + (n0 - 1) / N) = 489,890,836,454.85;
    // with N = 5 x 10^13 and a margin of 0.00001 points: 32,880,988,624,667.57. All rounded up.
    expect(proportionSampleSize({ marginOfError: 0.0001 })).toBe(960_364_705_174);
    expect(proportionSampleSize({ marginOfError: 0.0001, population: 1e12 })).toBe(489_890_836_455);
    expect(proportionSampleSize({ marginOfError: 0.00001, population: 5e13 })).toBe(32_880_988_624_668);
  });

  it("answers a margin that needs exactly the largest count, MAX_COUNT = 90,071,992,547,409", () => {
    // At 50 % confidence and an expected 96 %: n0 = qnorm(0.75)^2 x 0.96 x 0.04 / (e / 100)^2 =
    // 90,071,992,547,408.965 for e = 1.3926631409216641e-6 (python3 with mpmath at 50 digits):
    // rounded up, exactly MAX_COUNT.
    expect(proportionSampleSize({ marginOfError: 1.3926631409216641e-6, confidence: 0.5, expectedPercent: 96 })).toBe(
      90_071_992_547_409,
    );
  });

  it("rejects a margin that needs more responses than a count can hold, naming the limit", () => {
    // n0 = 1.96^2 x 0.25 / 1e-12^2, about 9.6e23: far above MAX_COUNT.
    const error = expectCxError(() => proportionSampleSize({ marginOfError: 1e-10 }), {
      code: "out-of-range",
      field: "marginOfError",
    });
    expect(error.expected).toBe("a margin that needs at most 90071992547409 responses");
    expect(error.received).toBe(1e-10);
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

  it("rejects an input that is not an object, naming the input", () => {
    expectCxError(() => proportionSampleSize(5 as never), { code: "wrong-type", field: "input" });
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
