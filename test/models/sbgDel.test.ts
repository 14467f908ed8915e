import { describe, expect, it } from "vitest";
import { sbgDel, sbgDerl } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { HIGH, REGULAR, relative } from "./sbg.js";

describe("sbgDel", () => {
  it("matches the discounted sum of the survival function at 10 % (mpmath)", () => {
    // DEL = sum(S(t) z^t, t = 0..2999), z = 1/1.1, in mpmath (see ./sbg.ts)
    expect(relative(sbgDel(HIGH, { discountPercent: 10 })!, 5.92259640761276)).toBeLessThan(1e-12);
  });

  it("is the expected lifetime without discounting: (alpha + beta - 1) / (alpha - 1)", () => {
    // The mean of a shifted-beta-geometric lifetime, E[T] = (alpha + beta - 1) / (alpha - 1) for alpha > 1.
    expect(sbgDel({ alpha: 2.5, beta: 4 }, { discountPercent: 0 })).toBe(5.5 / 1.5);
  });

  it("relates to DERL as DEL = 1 + DERL(0) / (1 + d): the first period, then the renewals", () => {
    for (const d of [1, 5, 10, 25, 100]) {
      const lhs = sbgDel(REGULAR, { discountPercent: d })!;
      const rhs = 1 + sbgDerl(REGULAR, { discountPercent: d, renewals: 0 })! / (1 + d / 100);
      expect(relative(lhs, rhs)).toBeLessThan(1e-12);
    }
  });

  it("does not overflow at alpha = beta = 1e308: 1.8333, not 1", () => {
    // alpha + beta overflowed to Infinity, which made every term after the first 0.
    // mp.dps = 400; a = b = mp.mpf(1e308); z = 1 / mp.mpf('1.1'); S = lambda t: mp.beta(a, b + t) / mp.beta(a, b)
    //   sum(S(t) * z**t for t in range(200)) -> 1.8333333333333333333
    expect(
      relative(sbgDel({ alpha: 1e308, beta: 1e308 }, { discountPercent: 10 })!, 1.8333333333333333333),
    ).toBeLessThan(1e-15);
  });

  it("keeps beta undiscounted for alpha near 1: 1.99999991726, not 2", () => {
    // (alpha + beta) - 1 rounded away most of beta = 1e-10 next to alpha - 1 = 1.00000008e-10.
    // mp.dps = 30; a, b = mp.mpf(1 + 1e-10), mp.mpf(1e-10); (a + b - 1) / (a - 1) -> 1.9999999172596358833
    expect(relative(sbgDel({ alpha: 1 + 1e-10, beta: 1e-10 }, { discountPercent: 0 })!, 1.9999999172596358833)).toBe(0);
  });

  it("rejects an undiscounted lifetime too long for a double, naming model.alpha (was Infinity)", () => {
    // 1 + beta / (alpha - 1) = 1 + 2e308
    expectCxError(() => sbgDel({ alpha: 1.5, beta: 1e308 }, { discountPercent: 0 }), {
      code: "out-of-range",
      field: "model.alpha",
      metric: "sbgDel",
    });
  });

  it("stops when the terms underflow to 0, even at a rate too small to discount (was out-of-range)", () => {
    // S(1) = beta / (alpha + beta) = 1e-600: the lifetime is the first period, 1.
    expect(sbgDel({ alpha: 1e300, beta: 1e-300 }, { discountPercent: 1e-15 })).toBe(1);
  });

  it("returns undefined for an infinite undiscounted lifetime (alpha at most 1)", () => {
    expect(sbgDel(HIGH, { discountPercent: 0 })).toBeUndefined();
  });

  it("rejects a rate too small for the series to converge, and bad input", () => {
    expectCxError(() => sbgDel({ alpha: 0.5, beta: 3 }, { discountPercent: 1e-6 }), {
      code: "out-of-range",
      field: "discountPercent",
      metric: "sbgDel",
    });
    expectCxError(() => sbgDel(HIGH, { discountPercent: -1 }), { code: "negative", field: "discountPercent" });
    expectCxError(() => sbgDel(HIGH, { discount: 10 } as never), { code: "unknown-field", field: "discount" });
  });
});
