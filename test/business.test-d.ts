import { describe, expectTypeOf, it } from "vitest";
import {
  type CustomerNetChangeResult,
  churnRate,
  clv,
  customerNetChange,
  expansionMrr,
  fcr,
  type HealthBand,
  healthBand,
  healthScore,
  mrr,
  renewalRate,
  retentionRate,
} from "../src/index.js";

describe("customer, revenue, support and health types", () => {
  it("rates return number | undefined, sums return number", () => {
    expectTypeOf(churnRate({ customersAtStart: 1, customersLost: 0 })).toEqualTypeOf<number | undefined>();
    expectTypeOf(retentionRate({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 })).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(fcr({ resolvedOnFirstContact: 1, tickets: 2 })).toEqualTypeOf<number | undefined>();
    expectTypeOf(mrr([{ amount: 1, interval: "month" }])).toEqualTypeOf<number>();
    expectTypeOf(expansionMrr({ previous: new Map(), current: {} })).toEqualTypeOf<number>();
    expectTypeOf(clv({ averagePurchaseValue: 1, purchaseFrequency: 1, lifespan: 1 })).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(customerNetChange({ newCustomers: 1, customersLost: 1 })).toEqualTypeOf<CustomerNetChangeResult>();
    expectTypeOf(healthScore([{ value: 1, weight: 1 }])).toEqualTypeOf<number | undefined>();
    expectTypeOf(healthBand(50)).toEqualTypeOf<HealthBand>();
  });

  it("rejects fields that would confuse churn with acquisition, and misspelt fields", () => {
    // @ts-expect-error: churn has no field for customers added (S4-CHURN)
    churnRate({ customersAtStart: 1000, newCustomers: 300 });
    // @ts-expect-error: misspelt field
    renewalRate({ renewd: 24, eligible: 75 });
    // @ts-expect-error: positional numbers are not accepted
    renewalRate(24, 75);
  });

  it("knows the billing intervals", () => {
    // @ts-expect-error: not an interval
    mrr([{ amount: 1, interval: "fortnight" }]);
  });

  it("takes the three CLV forms and refuses a form without its fields", () => {
    clv({ averageRevenuePerAccount: 100, churnPercent: 5 });
    clv({ marginPerPeriod: 100, retentionPercent: 80, discountPercent: 10 });
    // @ts-expect-error: the retention form needs its discount rate
    clv({ marginPerPeriod: 100, retentionPercent: 80 });
  });
});
