import { describe, expect, it } from "vitest";
import { fitSbg, sbgSurvival } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { HIGH, REGULAR, relative } from "./sbg.js";

describe("sbgSurvival", () => {
  it("matches B(alpha, beta + t) / B(alpha, beta) at ages 1, 7 and 12 (mpmath)", () => {
    const high = sbgSurvival(HIGH, { periods: 12 });
    const regular = sbgSurvival(REGULAR, { periods: 12 });
    expect(high).toHaveLength(13);
    expect(high[0]).toBe(100);
    [85.0692892266428, 48.8944620893726, 37.804042018209].forEach((s, i) =>
      expect(relative(high[[1, 7, 12][i]!]!, s)).toBeLessThan(1e-13),
    );
    [62.6723223753977, 23.9050641693244, 17.0062576806051].forEach((s, i) =>
      expect(relative(regular[[1, 7, 12][i]!]!, s)).toBeLessThan(1e-13),
    );
  });

  it("projects the paper's later years close to the actual counts (years 8-12 held out)", () => {
    // Fader and Hardie (2007), Table 1, years 8-12 (not used in the fit).
    const actual = { high: [468, 445, 427, 409, 394], regular: [223, 207, 194, 183, 173] };
    const high = sbgSurvival(fitSbg([1000, 869, 743, 653, 593, 551, 517, 491])!, { periods: 12 });
    const regular = sbgSurvival(fitSbg([1000, 631, 468, 382, 326, 289, 262, 241])!, { periods: 12 });
    actual.high.forEach((n, i) => expect(Math.abs(high[8 + i]! * 10 - n)).toBeLessThan(0.05 * n));
    actual.regular.forEach((n, i) => expect(Math.abs(regular[8 + i]! * 10 - n)).toBeLessThan(0.05 * n));
  });

  it("keeps a tiny beta at age 1: alpha = beta = 1e-17 gives [100, 50, 50], not [100, NaN, NaN]", () => {
    // (beta + 1) - 1 rounded beta = 1e-17 to 0, and 0 / 0 is NaN.
    // mp.dps = 30; a = b = mp.mpf(1e-17); [100 * mp.beta(a, b + t) / mp.beta(a, b) for t in range(3)]
    //   -> [100.0, 50.0, 49.9999999999999995], whose nearest doubles are [100, 50, 50]
    expect(sbgSurvival({ alpha: 1e-17, beta: 1e-17 }, { periods: 2 })).toEqual([100, 50, 50]);
  });

  it("does not overflow at alpha = beta = 1e308: [100, 50, 25], not [100, 0, 0]", () => {
    // alpha + beta overflowed to Infinity.
    // mp.dps = 400; a = b = mp.mpf(1e308); [100 * mp.beta(a, b + t) / mp.beta(a, b) for t in (1, 2)] -> [50.0, 25.0]
    expect(sbgSurvival({ alpha: 1e308, beta: 1e308 }, { periods: 2 })).toEqual([100, 50, 25]);
  });

  it("keeps full precision for a survival below the smallest normal double times 100", () => {
    // S(1) = beta / (alpha + beta) = 1e-309 is subnormal, 100 S(1) is not: 100 * S(1) kept 14 digits.
    // mp.dps = 30; a, b = mp.mpf(1e159), mp.mpf(1e-150); 100 * mp.beta(a, b + 1) / mp.beta(a, b) (= 100 b / (a + b))
    //   -> 1.0000000000000000778e-307
    expect(relative(sbgSurvival({ alpha: 1e159, beta: 1e-150 }, { periods: 1 })[1]!, 1.0000000000000000778e-307)).toBe(
      0,
    );
  });

  it("follows a churn above 1/2 (alpha above beta + t - 1)", () => {
    // mp.dps = 30; a, b = mp.mpf(10), mp.mpf(1); [100 * mp.beta(a, b + t) / mp.beta(a, b) for t in (1, 2, 3)]
    const curve = sbgSurvival({ alpha: 10, beta: 1 }, { periods: 3 });
    [9.090909090909090909090909, 1.515151515151515151515152, 0.3496503496503496503496503].forEach((s, i) =>
      expect(relative(curve[i + 1]!, s)).toBeLessThan(1e-15),
    );
  });

  it("does not drift over 100,000 periods of a nearly constant churn (beta 1.2345e20): 2e-14, was 8e-13", () => {
    // Multiplying by the same rounded retention rate each period adds up its rounding error.
    // mp.dps = 60; a, b = mp.mpf(3.7e17), mp.mpf(1.2345e20); 100 * mp.beta(a, b + 100000) / mp.beta(a, b)
    //   -> 1.070185608662073944479971e-128
    const curve = sbgSurvival({ alpha: 3.7e17, beta: 1.2345e20 }, { periods: 100_000 });
    expect(relative(curve[100_000]!, 1.070185608662073944479971e-128)).toBeLessThan(1e-13);
  });

  it("returns just age 0 for zero periods, and rejects bad input", () => {
    expect(sbgSurvival(HIGH, { periods: 0 })).toEqual([100]);
    expectCxError(() => sbgSurvival({ alpha: 0, beta: 1 }, { periods: 3 }), {
      code: "out-of-range",
      field: "model.alpha",
      metric: "sbgSurvival",
    });
    expectCxError(() => sbgSurvival({ alpha: 1, beta: Number.NaN }, { periods: 3 }), {
      code: "not-a-number",
      field: "model.beta",
    });
    expectCxError(() => sbgSurvival(HIGH, { periods: 2.5 }), { code: "not-integer", field: "periods" });
    expectCxError(() => sbgSurvival(HIGH, { periods: 100_001 }), { code: "out-of-range", field: "periods" });
    expectCxError(() => sbgSurvival({ ...HIGH, gamma: 1 } as never, { periods: 3 }), {
      code: "unknown-field",
      field: "model.gamma",
    });
    expectCxError(() => sbgSurvival(HIGH, { period: 3 } as never), { code: "unknown-field", field: "period" });
  });

  it("accepts a whole fit, saved as JSON and read back, as the model", () => {
    const fit = fitSbg([1000, 869, 743, 653])!;
    expect(sbgSurvival(JSON.parse(JSON.stringify(fit)), { periods: 5 })).toEqual(sbgSurvival(fit, { periods: 5 }));
  });
});
