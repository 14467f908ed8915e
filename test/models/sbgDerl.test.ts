import { describe, expect, it } from "vitest";
import { sbgDerl } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { HIGH, relative } from "./sbg.js";

describe("sbgDerl", () => {
  it("matches the discounted sums of the survival function at 10 % (mpmath)", () => {
    // DERL(r) = sum(S(t) / S(r) z^(t-r-1), t = r+1..2999), z = 1/1.1, in mpmath (see ./sbg.ts)
    expect(relative(sbgDerl(HIGH, { discountPercent: 10, renewals: 0 })!, 5.41485604837404)).toBeLessThan(1e-12);
    expect(relative(sbgDerl(HIGH, { discountPercent: 10, renewals: 1 })!, 5.90175316775302)).toBeLessThan(1e-12);
    expect(relative(sbgDerl(HIGH, { discountPercent: 10, renewals: 4 })!, 6.89705739774609)).toBeLessThan(1e-12);
  });

  it("is the expected residual lifetime without discounting: (beta + r) / (alpha - 1)", () => {
    expect(sbgDerl({ alpha: 2.5, beta: 4 }, { discountPercent: 0, renewals: 3 })).toBe(7 / 1.5);
  });

  it(
    "stays accurate for large beta + renewals just below z = 1/1.1 " + "(mpmath, a case a connection formula loses)",
    () => {
      // python3 -c "import mpmath as mp; mp.mp.dps = 30;
      //   a, b, d = mp.mpf('6.400945908800057'), mp.mpf('99.99999999999982'),
      //   mp.mpf('11.093009673547773');
      //   z = 1 / (1 + d / 100);
      //   print([(b + r) / (a + b + r) * mp.hyp2f1(1, b + r + 1, a + b + r + 1, z) for r in (41, 42)])"
      const model = { alpha: 6.400945908800057, beta: 99.99999999999982 };
      expect(
        relative(sbgDerl(model, { discountPercent: 11.093009673547773, renewals: 41 })!, 6.97464209598309554),
      ).toBeLessThan(1e-12);
      expect(
        relative(sbgDerl(model, { discountPercent: 11.093009673547773, renewals: 42 })!, 6.98915939583822622),
      ).toBeLessThan(1e-12);
    },
  );

  it("does not overflow at alpha = beta = 1e308: 0.91667, not 0", () => {
    // alpha + beta + r overflowed to Infinity, which made the first factor 0.
    // mp.dps = 400; a = b = mp.mpf(1e308); z = 1 / mp.mpf('1.1'); S = lambda t: mp.beta(a, b + t) / mp.beta(a, b)
    //   sum(S(t) * z**(t - 1) for t in range(1, 200)) -> 0.91666666666666666667
    expect(
      relative(sbgDerl({ alpha: 1e308, beta: 1e308 }, { discountPercent: 10, renewals: 0 })!, 0.91666666666666666667),
    ).toBeLessThan(1e-15);
  });

  it("rejects an undiscounted residual lifetime too long for a double, naming model.alpha (was Infinity)", () => {
    // (beta + r) / (alpha - 1) = 2e308
    expectCxError(() => sbgDerl({ alpha: 1.5, beta: 1e308 }, { discountPercent: 0, renewals: 0 }), {
      code: "out-of-range",
      field: "model.alpha",
      metric: "sbgDerl",
    });
  });

  it("returns undefined for an infinite undiscounted residual lifetime (alpha at most 1)", () => {
    expect(sbgDerl({ alpha: 1, beta: 2 }, { discountPercent: 0, renewals: 2 })).toBeUndefined();
  });

  it("rejects a rate too small for the series to converge, and bad input", () => {
    expectCxError(() => sbgDerl({ alpha: 0.5, beta: 3 }, { discountPercent: 1e-6, renewals: 0 }), {
      code: "out-of-range",
      field: "discountPercent",
    });
    expectCxError(() => sbgDerl(HIGH, { discountPercent: 10, renewals: -1 }), { code: "negative", field: "renewals" });
    expectCxError(() => sbgDerl(HIGH, { discountPercent: 10 } as never), { code: "wrong-type", field: "renewals" });
  });
});
