// sbgSurvival, sbgRetentionRate, sbgProjection, sbgDel, sbgDerl and sbgLifetimeValue.
import { describe, expect, it } from "vitest";
import { fitSbg, sbgDel, sbgDerl, sbgLifetimeValue, sbgProjection, sbgRetentionRate, sbgSurvival } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

// The fitted parameters of Fader and Hardie (2007) for the high end and regular segments.
const HIGH = { alpha: 0.668, beta: 3.806 };
const REGULAR = { alpha: 0.704, beta: 1.182 };

// Reference values from the definitions, in mpmath at 30 digits (independent of the library's
// product recursion and of its 2F1):
//   S(t) = 100 * mp.beta(a, b + t) / mp.beta(a, b)
//   DEL  = sum(S(t) z^t, t = 0..2999), DERL(r) = sum(S(t) / S(r) z^(t-r-1), t = r+1..2999), z = 1/1.1
//   (the terms fall faster than z^t, so 3,000 terms leave less than 1e-100)
const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

describe("sbgSurvival", () => {
  it("matches B(alpha, beta + t) / B(alpha, beta) at ages 1, 7 and 12 (mpmath)", () => {
    const high = sbgSurvival(HIGH, { periods: 12 });
    const regular = sbgSurvival(REGULAR, { periods: 12 });
    expect(high).toHaveLength(13);
    expect(high[0]).toBe(100);
    [85.0692892266428, 48.8944620893726, 37.804042018209].forEach((s, i) => expect(relative(high[[1, 7, 12][i]!]!, s)).toBeLessThan(1e-13));
    [62.6723223753977, 23.9050641693244, 17.0062576806051].forEach((s, i) => expect(relative(regular[[1, 7, 12][i]!]!, s)).toBeLessThan(1e-13));
  });

  it("projects the paper's later years close to the actual counts (years 8-12 held out)", () => {
    // Fader and Hardie (2007), Table 1, years 8-12 (not used in the fit).
    const actual = { high: [468, 445, 427, 409, 394], regular: [223, 207, 194, 183, 173] };
    const high = sbgSurvival(fitSbg([1000, 869, 743, 653, 593, 551, 517, 491])!, { periods: 12 });
    const regular = sbgSurvival(fitSbg([1000, 631, 468, 382, 326, 289, 262, 241])!, { periods: 12 });
    actual.high.forEach((n, i) => expect(Math.abs(high[8 + i]! * 10 - n)).toBeLessThan(0.05 * n));
    actual.regular.forEach((n, i) => expect(Math.abs(regular[8 + i]! * 10 - n)).toBeLessThan(0.05 * n));
  });

  it("returns just age 0 for zero periods, and rejects bad input", () => {
    expect(sbgSurvival(HIGH, { periods: 0 })).toEqual([100]);
    expectCxError(() => sbgSurvival({ alpha: 0, beta: 1 }, { periods: 3 }), { code: "out-of-range", field: "model.alpha", metric: "sbgSurvival" });
    expectCxError(() => sbgSurvival({ alpha: 1, beta: Number.NaN }, { periods: 3 }), { code: "not-a-number", field: "model.beta" });
    expectCxError(() => sbgSurvival(HIGH, { periods: 2.5 }), { code: "not-integer", field: "periods" });
    expectCxError(() => sbgSurvival(HIGH, { periods: 100_001 }), { code: "out-of-range", field: "periods" });
    expectCxError(() => sbgSurvival({ ...HIGH, gamma: 1 } as never, { periods: 3 }), { code: "unknown-field", field: "model.gamma" });
    expectCxError(() => sbgSurvival(HIGH, { period: 3 } as never), { code: "unknown-field", field: "period" });
  });

  it("accepts a whole fit, saved as JSON and read back, as the model", () => {
    const fit = fitSbg([1000, 869, 743, 653])!;
    expect(sbgSurvival(JSON.parse(JSON.stringify(fit)), { periods: 5 })).toEqual(sbgSurvival(fit, { periods: 5 }));
  });
});

describe("sbgRetentionRate", () => {
  it("is 100 (beta + t - 1) / (alpha + beta + t - 1)", () => {
    expect(sbgRetentionRate({ alpha: 1, beta: 3 }, { age: 1 })).toBe(75);
    expect(sbgRetentionRate({ alpha: 1, beta: 3 }, { age: 2 })).toBe(80);
    expect(sbgRetentionRate({ alpha: 2, beta: 2 }, { age: 5 })).toBe(75);
  });

  it("is the ratio of consecutive survival values", () => {
    const s = sbgSurvival(REGULAR, { periods: 10 });
    for (let t = 1; t <= 10; t++) expect(relative(sbgRetentionRate(REGULAR, { age: t }), (100 * s[t]!) / s[t - 1]!)).toBeLessThan(1e-14);
  });

  it("rejects an age below 1 and bad input", () => {
    expectCxError(() => sbgRetentionRate(HIGH, { age: 0 }), { code: "out-of-range", field: "age", metric: "sbgRetentionRate" });
    expectCxError(() => sbgRetentionRate(HIGH, { age: 1.5 }), { code: "not-integer", field: "age" });
    expectCxError(() => sbgRetentionRate(null as never, { age: 1 }), { code: "wrong-type", field: "model" });
  });
});

describe("sbgProjection", () => {
  it("projects a new cohort as its size times the survival curve", () => {
    const s = sbgSurvival(HIGH, { periods: 6 });
    sbgProjection(HIGH, { active: 2000, periods: 6 }).forEach((n, t) => expect(relative(n, 20 * s[t]!)).toBeLessThan(1e-14));
  });

  it("projects an older cohort from its age, with the better retention of its survivors", () => {
    // alpha = beta = 1: S(t) = 1 / (t + 1); from 400 at age 2: 400 * (1/4) / (1/3) = 300, 400 * (1/5) / (1/3) = 240
    expect(sbgProjection({ alpha: 1, beta: 1 }, { active: 400, age: 2, periods: 2 }).map(Math.round)).toEqual([400, 300, 240]);
    const young = sbgProjection(HIGH, { active: 100, periods: 1 })[1]!;
    const old = sbgProjection(HIGH, { active: 100, age: 7, periods: 1 })[1]!;
    expect(old).toBeGreaterThan(young);
  });

  it("rejects bad counts and misspelt fields", () => {
    expectCxError(() => sbgProjection(HIGH, { active: -1, periods: 2 }), { code: "negative", field: "active", metric: "sbgProjection" });
    expectCxError(() => sbgProjection(HIGH, { active: 10, age: 0.5, periods: 2 }), { code: "not-integer", field: "age" });
    expectCxError(() => sbgProjection(HIGH, { active: 10, periods: -2 }), { code: "negative", field: "periods" });
    expectCxError(() => sbgProjection(HIGH, { size: 10, periods: 2 } as never), { code: "unknown-field", field: "size" });
  });
});

describe("sbgDel and sbgDerl", () => {
  it("match the discounted sums of the survival function at 10 % (mpmath)", () => {
    expect(relative(sbgDel(HIGH, { discountPercent: 10 })!, 5.92259640761276)).toBeLessThan(1e-12);
    expect(relative(sbgDerl(HIGH, { discountPercent: 10, renewals: 0 })!, 5.41485604837404)).toBeLessThan(1e-12);
    expect(relative(sbgDerl(HIGH, { discountPercent: 10, renewals: 1 })!, 5.90175316775302)).toBeLessThan(1e-12);
    expect(relative(sbgDerl(HIGH, { discountPercent: 10, renewals: 4 })!, 6.89705739774609)).toBeLessThan(1e-12);
  });

  it("are the expected (residual) lifetimes without discounting: (alpha + beta - 1) / (alpha - 1) and (beta + r) / (alpha - 1)", () => {
    // The mean of a shifted-beta-geometric lifetime, E[T] = (alpha + beta - 1) / (alpha - 1) for alpha > 1.
    expect(sbgDel({ alpha: 2.5, beta: 4 }, { discountPercent: 0 })).toBe(5.5 / 1.5);
    expect(sbgDerl({ alpha: 2.5, beta: 4 }, { discountPercent: 0, renewals: 3 })).toBe(7 / 1.5);
  });

  it("stay accurate for large beta + renewals just below z = 1/1.1 (mpmath, a case a connection formula loses)", () => {
    // python3 -c "import mpmath as mp; mp.mp.dps = 30; a, b, d = mp.mpf('6.400945908800057'), mp.mpf('99.99999999999982'), mp.mpf('11.093009673547773');
    //   z = 1 / (1 + d / 100); print([(b + r) / (a + b + r) * mp.hyp2f1(1, b + r + 1, a + b + r + 1, z) for r in (41, 42)])"
    const model = { alpha: 6.400945908800057, beta: 99.99999999999982 };
    expect(relative(sbgDerl(model, { discountPercent: 11.093009673547773, renewals: 41 })!, 6.97464209598309554)).toBeLessThan(1e-12);
    expect(relative(sbgDerl(model, { discountPercent: 11.093009673547773, renewals: 42 })!, 6.98915939583822622)).toBeLessThan(1e-12);
  });

  it("relate as DEL = 1 + DERL(0) / (1 + d): the first period, then the renewals", () => {
    for (const d of [1, 5, 10, 25, 100]) {
      const lhs = sbgDel(REGULAR, { discountPercent: d })!;
      const rhs = 1 + sbgDerl(REGULAR, { discountPercent: d, renewals: 0 })! / (1 + d / 100);
      expect(relative(lhs, rhs)).toBeLessThan(1e-12);
    }
  });

  it("return undefined for an infinite undiscounted lifetime (alpha at most 1)", () => {
    expect(sbgDel(HIGH, { discountPercent: 0 })).toBeUndefined();
    expect(sbgDerl({ alpha: 1, beta: 2 }, { discountPercent: 0, renewals: 2 })).toBeUndefined();
  });

  it("reject a rate too small for the series to converge, and bad input", () => {
    expectCxError(() => sbgDel({ alpha: 0.5, beta: 3 }, { discountPercent: 1e-6 }), { code: "out-of-range", field: "discountPercent", metric: "sbgDel" });
    expectCxError(() => sbgDerl({ alpha: 0.5, beta: 3 }, { discountPercent: 1e-6, renewals: 0 }), { code: "out-of-range", field: "discountPercent" });
    expectCxError(() => sbgDel(HIGH, { discountPercent: -1 }), { code: "negative", field: "discountPercent" });
    expectCxError(() => sbgDerl(HIGH, { discountPercent: 10, renewals: -1 }), { code: "negative", field: "renewals" });
    expectCxError(() => sbgDerl(HIGH, { discountPercent: 10 } as never), { code: "wrong-type", field: "renewals" });
    expectCxError(() => sbgDel(HIGH, { discount: 10 } as never), { code: "unknown-field", field: "discount" });
  });
});

describe("sbgLifetimeValue", () => {
  it("is the margin per period times DERL", () => {
    expect(sbgLifetimeValue({ alpha: 3, beta: 4 }, { marginPerPeriod: 100, discountPercent: 0, renewals: 2 })).toBe(300);
    expect(relative(sbgLifetimeValue(HIGH, { marginPerPeriod: 50, discountPercent: 10, renewals: 4 })!, 50 * 6.89705739774609)).toBeLessThan(1e-12);
  });

  it("defaults to a customer in their first period (no renewals yet)", () => {
    expect(sbgLifetimeValue(HIGH, { marginPerPeriod: 100, discountPercent: 10 })).toBe(
      100 * sbgDerl(HIGH, { discountPercent: 10, renewals: 0 })!,
    );
  });

  it("returns undefined for an unbounded value, and rejects bad input and overflow", () => {
    expect(sbgLifetimeValue(HIGH, { marginPerPeriod: 100, discountPercent: 0 })).toBeUndefined();
    expectCxError(() => sbgLifetimeValue(HIGH, { marginPerPeriod: -1, discountPercent: 10 }), {
      code: "negative",
      field: "marginPerPeriod",
      metric: "sbgLifetimeValue",
    });
    expectCxError(() => sbgLifetimeValue(HIGH, { marginPerPeriod: 1e308, discountPercent: 10 }), { code: "out-of-range", field: "marginPerPeriod" });
    expectCxError(() => sbgLifetimeValue(HIGH, { marginPerPeriod: 1, discountPercent: 10, renewals: 0.5 }), { code: "not-integer", field: "renewals" });
  });
});
