import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lifetimeValue, lifetimeValues, rfmSummary } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowTransactions } from "./cdnow.js";

// The published CDNOW estimates: BG/NBD (Fader, Hardie and Lee 2005, Marketing Science) and
// Gamma-Gamma (Fader, Hardie and Lee 2005, JMR).
const models = {
  bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};
const first = { frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 };
const none = { frequency: 0, recency: 0, age: 38.86 };
const heavy = { frequency: 7, recency: 35, age: 38, monetaryValue: 50 };
const monthly = { periods: 12, periodLength: 52 / 12, discountPercent: 1, marginPercent: 100 };
const weekly = { periods: 52, discountPercent: 0.2, marginPercent: 30 };

// Independent reference: mpmath 1.3 at 30 digits, the BG/NBD expectation of FHL (2005) eq. (10)
// with mp.hyp2f1, differenced per period, times p (gamma + x z) / (p x + q - 1), times the margin,
// each period discounted by (1 + d)^k:
//   def E(x, tx, T, t):
//       num = (a+b+x-1)/(a-1) * (1 - ((al+T)/(al+T+t))**(r+x) * mp.hyp2f1(r+x, b+x, a+b+x-1, t/(al+T+t)))
//       return num / (1 + (a/(b+x-1) * ((al+T)/(al+tx))**(r+x) if x > 0 else 0))
//   clv = sum((E(.., k*L) - E(.., (k-1)*L)) / (1 + d/100)**k for k in 1..K) * M(x, z) * m/100
const REFERENCE = [
  { customer: first, monthly: 36.209148498929331, weekly: 10.983658180741706 },
  { customer: none, monthly: 8.3491985154516709, weekly: 2.5331088465137741 },
  { customer: heavy, monthly: 265.3744114371425, weekly: 80.487596385463842 },
];
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

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

describe("lifetimeValues", () => {
  it("gives each customer the value lifetimeValue gives, in order", () => {
    const rows = rfmSummary(cdnowTransactions(), { observationEnd: "1997-09-30", unit: "week" });
    const values = lifetimeValues(models, rows, weekly);
    expect(values.length).toBe(2357);
    for (const i of [0, 1, 2, 100, 1000, 2356]) expect(values[i]).toBe(lifetimeValue(models, rows[i]!, weekly));
  });

  it("matches the mpmath references and returns an empty array for no customers", () => {
    const values = lifetimeValues(
      models,
      REFERENCE.map((r) => r.customer),
      monthly,
    );
    values.forEach((v, i) => {
      expect(relative(v, REFERENCE[i]!.monthly)).toBeLessThan(1e-9);
    });
    expect(lifetimeValues(models, [], weekly)).toStrictEqual([]);
  });

  it("names the customer at fault", () => {
    expectCxError(() => lifetimeValues(models, [first, { ...first, age: -1 }], weekly), {
      code: "negative",
      field: "customers[1].age",
      metric: "lifetimeValues",
    });
    expectCxError(() => lifetimeValues(models, [{ ...first, monetaryValue: 0 }], weekly), {
      code: "out-of-range",
      field: "customers[0].monetaryValue",
    });
    expectCxError(() => lifetimeValues(models, [{ ...first, monetaryValue: Number.MAX_VALUE }], weekly), {
      code: "out-of-range",
      field: "customers[0].monetaryValue",
    });
    expectCxError(() => lifetimeValues(models, 7 as never, weekly), { code: "wrong-type", field: "customers" });
  });
});
