import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lifetimeValue, rfmSummary } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowTransactions } from "./cdnow.js";
import { first, models, monthly, REFERENCE, relative, weekly } from "./lifetimeValueReference.js";

// References and the mpmath script that computed them: ./lifetimeValueReference.ts.

describe("lifetimeValue", () => {
  it("equals the discounted sum of BG/NBD purchases times Gamma-Gamma spend times margin (mpmath)", () => {
    for (const r of REFERENCE) {
      expect(relative(lifetimeValue(models, r.customer, monthly), r.monthly)).toBeLessThan(1e-9);
      expect(relative(lifetimeValue(models, r.customer, weekly), r.weekly)).toBeLessThan(1e-9);
    }
  });

  it("is 0 over no periods or at a 0 margin", () => {
    expect(lifetimeValue(models, first, { ...weekly, periods: 0 })).toBe(0);
    expect(lifetimeValue(models, first, { ...weekly, marginPercent: 0 })).toBe(0);
  });

  it("takes fits and rfmSummary rows as they are", () => {
    const rows = rfmSummary(cdnowTransactions(), { observationEnd: "1997-09-30", unit: "week" });
    const fits = {
      bgNbd: { ...models.bgNbd, logLikelihood: -9582.4 },
      gammaGamma: { ...models.gammaGamma, customers: 946 },
    };
    const { frequency, recency, age, monetaryValue } = rows[0]!;
    expect(lifetimeValue(fits, rows[0]!, weekly)).toBe(
      lifetimeValue(models, { frequency, recency, age, monetaryValue }, weekly),
    );
  });

  it("grows with the horizon and shrinks with the discount rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (periods, discountPercent) => {
          const base = lifetimeValue(models, first, { periods, discountPercent, marginPercent: 50 });
          expect(
            lifetimeValue(models, first, { periods: periods + 1, discountPercent, marginPercent: 50 }),
          ).toBeGreaterThanOrEqual(base);
          expect(
            lifetimeValue(models, first, { periods, discountPercent: discountPercent + 1, marginPercent: 50 }),
          ).toBeLessThanOrEqual(base);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("names the option, model parameter or customer field at fault", () => {
    expectCxError(() => lifetimeValue(models, first, undefined as never), {
      code: "wrong-type",
      field: "options",
      metric: "lifetimeValue",
    });
    expectCxError(() => lifetimeValue(models, first, { ...weekly, periods: 2.5 }), {
      code: "not-integer",
      field: "options.periods",
    });
    expectCxError(() => lifetimeValue(models, first, { ...weekly, periods: 100_001 }), {
      code: "out-of-range",
      field: "options.periods",
    });
    expectCxError(() => lifetimeValue(models, first, { ...weekly, discountPercent: -1 }), {
      code: "negative",
      field: "options.discountPercent",
    });
    expectCxError(() => lifetimeValue(models, first, { ...weekly, marginPercent: 101 }), {
      code: "out-of-range",
      field: "options.marginPercent",
    });
    expectCxError(() => lifetimeValue(models, first, { ...weekly, periodLength: 0 }), {
      code: "out-of-range",
      field: "options.periodLength",
    });
    expectCxError(() => lifetimeValue(models, first, { ...weekly, margin: 3 } as never), {
      code: "unknown-field",
      field: "options.margin",
    });
    expectCxError(() => lifetimeValue({ ...models, gammaGamma: { ...models.gammaGamma, q: 0.9 } }, first, weekly), {
      code: "out-of-range",
      field: "models.gammaGamma.q",
    });
    expectCxError(() => lifetimeValue({ ...models, bgNbd: { ...models.bgNbd, r: 0 } }, first, weekly), {
      code: "out-of-range",
      field: "models.bgNbd.r",
    });
    expectCxError(() => lifetimeValue({ bgNbd: models.bgNbd } as never, first, weekly), {
      code: "wrong-type",
      field: "models.gammaGamma",
    });
    expectCxError(() => lifetimeValue({ ...models, paretoNbd: {} } as never, first, weekly), {
      code: "unknown-field",
      field: "models.paretoNbd",
    });
    expectCxError(() => lifetimeValue(models, { ...first, monetaryValue: undefined }, weekly), {
      code: "wrong-type",
      field: "customer.monetaryValue",
    });
    expectCxError(() => lifetimeValue(models, { ...first, recency: 40 }, weekly), {
      code: "inconsistent",
      field: "customer.recency",
    });
    expectCxError(() => lifetimeValue(models, { ...first, monetaryValue: Number.MAX_VALUE }, weekly), {
      code: "out-of-range",
      field: "customer.monetaryValue",
    });
  });
});

describe("lifetimeValue naming the model at fault", () => {
  it("names the spend model when its own part of the expected spend overflows", () => {
    // p / (q - 1) = 20 times a gamma of 1e308 is not a finite spend, whatever the customer spent.
    const spendModel = { p: 10, q: 1.5, gamma: 1e308 };
    const newCustomer = { frequency: 0, recency: 0, age: first.age };
    expectCxError(() => lifetimeValue({ ...models, gammaGamma: spendModel }, newCustomer, weekly), {
      code: "out-of-range",
      field: "models.gammaGamma",
    });
  });
});
