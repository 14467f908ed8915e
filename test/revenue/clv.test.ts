import { describe, expect, it } from "vitest";
import { clv } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("clv", () => {
  it("S4-CLV: average purchase 100, 12 purchases a year, 5 years is 6,000", () => {
    expect(clv({ averagePurchaseValue: 100, purchaseFrequency: 12, lifespan: 5 })).toBe(6000);
  });

  it("S4-CLV-DEF: the same lifetime in months (1 purchase a month for 60 months) gives the same CLV", () => {
    expect(clv({ averagePurchaseValue: 100, purchaseFrequency: 1, lifespan: 60 })).toBe(6000);
  });

  it("ARPA x margin / churn: ARPA 100, 80 % margin, 5 % monthly churn is 1,600; margin defaults to 100 %", () => {
    expect(clv({ averageRevenuePerAccount: 100, grossMarginPercent: 80, churnPercent: 5 })).toBe(1600);
    expect(clv({ averageRevenuePerAccount: 100, churnPercent: 5 })).toBe(2000);
  });

  it("returns undefined for zero churn: an unbounded lifetime", () => {
    expect(clv({ averageRevenuePerAccount: 100, churnPercent: 0 })).toBeUndefined();
  });

  it("S3-CLV-DEF: the retention form m x r / (1 + d - r), margin at the end of each period", () => {
    // Gupta & Lehmann (2003): m = 100, r = 0.8, d = 0.1 gives 100 x 0.8 / 0.3 = 266.67
    expect(clv({ marginPerPeriod: 100, retentionPercent: 80, discountPercent: 10 })).toBeCloseTo(266.6667, 4);
    // exactly 800 / 3, correctly rounded
    expect(clv({ marginPerPeriod: 100, retentionPercent: 80, discountPercent: 10 })).toBe(800 / 3);
    // no discounting: m x r / (1 - r), the expected number of future periods times the margin
    expect(clv({ marginPerPeriod: 100, retentionPercent: 75, discountPercent: 0 })).toBe(300);
    expect(clv({ marginPerPeriod: 100, retentionPercent: 0, discountPercent: 10 })).toBe(0);
  });

  it("S3-CLV-DEF: full retention without discounting is unbounded", () => {
    expect(clv({ marginPerPeriod: 100, retentionPercent: 100, discountPercent: 0 })).toBeUndefined();
    expect(clv({ marginPerPeriod: 100, retentionPercent: 100, discountPercent: 10 })).toBe(1000);
  });

  it("rejects fields of two forms mixed, no form at all, and bad values", () => {
    expectCxError(() => clv({ averagePurchaseValue: 1, purchaseFrequency: 1, lifespan: 1, churnPercent: 5 } as never), {
      code: "inconsistent",
      field: "churnPercent",
    });
    expectCxError(() => clv({ averageRevenuePerAccount: 1, churnPercent: 5, retentionPercent: 80 } as never), {
      code: "inconsistent",
      field: "retentionPercent",
    });
    expectCxError(() => clv({} as never), { code: "wrong-type", field: "input" });
    expectCxError(() => clv({ value: 1 } as never), { code: "unknown-field", field: "value" });
    expectCxError(() => clv(null as never), { code: "wrong-type", field: "input" });
    expectCxError(() => clv({ averagePurchaseValue: 100, purchaseFrequency: 12 } as never), {
      code: "wrong-type",
      field: "lifespan",
    });
    expectCxError(() => clv({ averagePurchaseValue: -1, purchaseFrequency: 12, lifespan: 1 }), {
      code: "negative",
      field: "averagePurchaseValue",
    });
    expectCxError(() => clv({ averageRevenuePerAccount: 100, churnPercent: 120 }), {
      code: "out-of-range",
      field: "churnPercent",
    });
    expectCxError(() => clv({ averageRevenuePerAccount: 100, grossMarginPercent: NaN, churnPercent: 5 }), {
      code: "not-a-number",
      field: "grossMarginPercent",
    });
    expectCxError(() => clv({ marginPerPeriod: 1, retentionPercent: 50, discountPercent: Infinity }), {
      code: "not-finite",
      field: "discountPercent",
    });
    expectCxError(() => clv({ averagePurchaseValue: 1e200, purchaseFrequency: 1e200, lifespan: 1 }), {
      code: "out-of-range",
      field: "input",
    });
  });

  it("says what an input of no known form should hold", () => {
    expect(caught(() => clv({} as never)).expected).toBe("the fields of one CLV form (see the documentation)");
  });

  it("names the bad field of each form", () => {
    expectCxError(() => clv({ averagePurchaseValue: 100, purchaseFrequency: -12, lifespan: 5 }), {
      code: "negative",
      field: "purchaseFrequency",
    });
    expectCxError(() => clv({ averageRevenuePerAccount: NaN, churnPercent: 5 }), {
      code: "not-a-number",
      field: "averageRevenuePerAccount",
    });
    expectCxError(() => clv({ marginPerPeriod: -1, retentionPercent: 80, discountPercent: 10 }), {
      code: "negative",
      field: "marginPerPeriod",
    });
    expectCxError(() => clv({ marginPerPeriod: 100, retentionPercent: 101, discountPercent: 10 }), {
      code: "out-of-range",
      field: "retentionPercent",
    });
  });
});
