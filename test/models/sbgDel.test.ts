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
