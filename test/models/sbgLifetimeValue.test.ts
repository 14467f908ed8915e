import { describe, expect, it } from "vitest";
import { sbgDerl, sbgLifetimeValue } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { HIGH, relative } from "./sbg.js";

describe("sbgLifetimeValue", () => {
  it("is the margin per period times DERL", () => {
    // 6.89705739774609: DERL(4) of the high end segment at 10 % in mpmath (see ./sbg.ts)
    expect(sbgLifetimeValue({ alpha: 3, beta: 4 }, { marginPerPeriod: 100, discountPercent: 0, renewals: 2 })).toBe(
      300,
    );
    expect(
      relative(
        sbgLifetimeValue(HIGH, { marginPerPeriod: 50, discountPercent: 10, renewals: 4 })!,
        50 * 6.89705739774609,
      ),
    ).toBeLessThan(1e-12);
  });

  it("defaults to a customer in their first period (no renewals yet)", () => {
    expect(sbgLifetimeValue(HIGH, { marginPerPeriod: 100, discountPercent: 10 })).toBe(
      100 * sbgDerl(HIGH, { discountPercent: 10, renewals: 0 })!,
    );
  });

  it("does not overflow at alpha = beta = 1e308: 100 * 0.91667, not 0", () => {
    // DERL(0) = 0.91666666666666666667 in mpmath (see sbgDerl.test.ts); alpha + beta overflowed to Infinity.
    const value = sbgLifetimeValue({ alpha: 1e308, beta: 1e308 }, { marginPerPeriod: 100, discountPercent: 10 })!;
    expect(relative(value, 91.666666666666666667)).toBeLessThan(1e-15);
  });

  it("returns undefined for an unbounded value, and rejects bad input and overflow", () => {
    expect(sbgLifetimeValue(HIGH, { marginPerPeriod: 100, discountPercent: 0 })).toBeUndefined();
    expectCxError(() => sbgLifetimeValue(HIGH, { marginPerPeriod: -1, discountPercent: 10 }), {
      code: "negative",
      field: "marginPerPeriod",
      metric: "sbgLifetimeValue",
    });
    expectCxError(() => sbgLifetimeValue(HIGH, { marginPerPeriod: 1e308, discountPercent: 10 }), {
      code: "out-of-range",
      field: "marginPerPeriod",
    });
    expectCxError(() => sbgLifetimeValue(HIGH, { marginPerPeriod: 1, discountPercent: 10, renewals: 0.5 }), {
      code: "not-integer",
      field: "renewals",
    });
  });
});
