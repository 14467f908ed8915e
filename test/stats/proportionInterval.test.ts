import { describe, expect, it } from "vitest";
import { type ProportionIntervalMethod, proportionInterval } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("proportionInterval", () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion", Statistics in Medicine
  // 17 (1998), 857-872, Table I: 95 % intervals, to 4 decimals.
  it.each([
    [81, 263, "wilson", 0.2553, 0.3662],
    [15, 148, "wilson", 0.0624, 0.1605],
    [0, 20, "wilson", 0, 0.1611],
    [1, 29, "wilson", 0.0061, 0.1718],
    [81, 263, "wald", 0.2522, 0.3638],
    [15, 148, "wald", 0.0527, 0.15],
    [1, 29, "wald", 0, 0.1009],
  ] as const)("matches Newcombe (1998) for %i of %i by %s", (x, n, method, lower, upper) => {
    const r = proportionInterval({ successes: x, trials: n }, { method: method as ProportionIntervalMethod })!;
    expect(r.lower! / 100).toBeCloseTo(lower, 4);
    expect(r.upper! / 100).toBeCloseTo(upper, 4);
  });

  it("computes Agresti-Coull as Wald on z^2/2 added successes and failures: 0 of 20", () => {
    // Agresti and Coull (1998): for 95 %, about "add two successes and two failures". R 4:
    // options(digits = 17); z <- qnorm(0.975); n <- 20 + z^2; p <- (z^2 / 2) / n
    // p + z * sqrt(p * (1 - p) / n)  ->  0.18980956054248876
    const r = proportionInterval({ successes: 0, trials: 20 }, { method: "agresti-coull" })!;
    expect(r.upper / 100).toBeCloseTo(0.18980956054248876, 12);
    expect(r.lower).toBe(0);
  });

  it("returns undefined for no trials", () => {
    expect(proportionInterval({ successes: 0, trials: 0 })).toBeUndefined();
  });

  it("rejects more successes than trials, and fractional counts", () => {
    expectCxError(() => proportionInterval({ successes: 5, trials: 4 }), { code: "inconsistent", field: "successes" });
    expectCxError(() => proportionInterval({ successes: 1.5, trials: 4 }), { code: "not-integer", field: "successes" });
  });

  it("names the trials as the bound of the successes", () => {
    expect(caught(() => proportionInterval({ successes: 5, trials: 4 })).expected).toBe("at most trials (4)");
  });

  it("rejects a confidence level of 1, naming options.confidence", () => {
    expectCxError(() => proportionInterval({ successes: 1, trials: 4 }, { confidence: 1 }), {
      code: "out-of-range",
      field: "options.confidence",
    });
  });

  it("gives the Wald share of all successes as 100 % with no interval", () => {
    // The Wald standard error of 5 of 5 is sqrt(1 x 0 / 5) = 0: no interval, the share itself is 100 %.
    expect(proportionInterval({ successes: 5, trials: 5 }, { method: "wald" })).toEqual({
      percent: 100,
      lower: undefined,
      upper: undefined,
      confidence: 0.95,
      method: "wald",
    });
  });

  it("puts the Wilson bounds at exactly 0 for no successes and exactly 100 for all, at every n up to 60", () => {
    // Mathematically the Wilson lower bound of 0 of n is (z^2/2n - z^2/2n) / (1 + z^2/n) = 0, and the
    // upper bound of n of n is 1 by symmetry; in doubles the terms can differ by 1e-17.
    for (let n = 1; n <= 60; n++) {
      expect(proportionInterval({ successes: 0, trials: n })!.lower, `0 of ${n}`).toBe(0);
      expect(proportionInterval({ successes: n, trials: n })!.upper, `${n} of ${n}`).toBe(100);
    }
  });

  it("rejects an unknown method", () => {
    expectCxError(() => proportionInterval({ successes: 1, trials: 4 }, { method: "exact" as never }), {
      code: "out-of-range",
      field: "options.method",
    });
  });
});
