import { describe, expectTypeOf, it } from "vitest";
import {
  arpa,
  type CohortRetentionResult,
  cohortRetention,
  fitSbg,
  type RevenueRetentionResult,
  revenueRetention,
  type SbgFit,
  sbgDel,
  sbgLifetimeValue,
  sbgProjection,
  sbgSurvival,
} from "../../src/index.js";

describe("cohort and sBG types", () => {
  it("tables and fits may be undefined; predictions of a fit are numbers or arrays", () => {
    expectTypeOf(cohortRetention([{ startedAt: "2026-01-01" }], { asOf: "2026-02-01" })).toEqualTypeOf<
      CohortRetentionResult | undefined
    >();
    expectTypeOf(revenueRetention([{ customer: 1, period: "2026-01", mrr: 1 }])).toEqualTypeOf<
      RevenueRetentionResult | undefined
    >();
    expectTypeOf(fitSbg([1000, 900])).toEqualTypeOf<SbgFit | undefined>();
    expectTypeOf(sbgSurvival({ alpha: 1, beta: 1 }, { periods: 3 })).toEqualTypeOf<number[]>();
    expectTypeOf(sbgProjection({ alpha: 1, beta: 1 }, { active: 10, periods: 3 })).toEqualTypeOf<number[]>();
    expectTypeOf(sbgDel({ alpha: 1, beta: 1 }, { discountPercent: 10 })).toEqualTypeOf<number | undefined>();
    expectTypeOf(arpa({ mrr: 1, activeAccounts: 1 })).toEqualTypeOf<number | undefined>();
  });

  it("accept the three input forms of fitSbg and a whole fit as a model", () => {
    const table = cohortRetention([{ startedAt: "2026-01-01", endedAt: null }], { asOf: "2026-03-01" })!;
    expectTypeOf(fitSbg).toBeCallableWith(table);
    expectTypeOf(fitSbg).toBeCallableWith([[1000, 900], [500]]);
    expectTypeOf(fitSbg).toBeCallableWith(new Uint32Array([1000, 900]));
    const fit = fitSbg([1000, 900])!;
    expectTypeOf(sbgLifetimeValue).toBeCallableWith(fit, { marginPerPeriod: 10, discountPercent: 5 });
    // @ts-expect-error: the periods are named
    sbgSurvival(fit, 3);
    // @ts-expect-error: asOf is required
    cohortRetention([], {});
  });
});
