import { fail } from "../internal/fail.js";
import { type Fields, readAmount, readPercent, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";

/**
 * CLV from purchases: value per purchase, purchases per period, periods of life.
 *
 * @category Revenue
 */
export interface ClvFromPurchasesInput {
  /** Average value of one purchase. */
  readonly averagePurchaseValue: number;
  /** Purchases per period (per year, per month...). */
  readonly purchaseFrequency: number;
  /** Expected customer lifespan, in the same periods as `purchaseFrequency`. */
  readonly lifespan: number;
}

/**
 * CLV from revenue per account, gross margin and churn per period (the SaaS form).
 *
 * @category Revenue
 */
export interface ClvFromChurnInput {
  /** Average revenue per account per period (ARPA). */
  readonly averageRevenuePerAccount: number;
  /** Gross margin in percent, 0 to 100. Default 100 (a revenue CLV). */
  readonly grossMarginPercent?: number;
  /** Customer churn rate per period in percent, 0 to 100. */
  readonly churnPercent: number;
}

/**
 * CLV from margin, retention and discount rate per period (the retention-based form).
 *
 * @category Revenue
 */
export interface ClvFromRetentionInput {
  /** Margin a customer brings per period. */
  readonly marginPerPeriod: number;
  /** Retention rate per period in percent, 0 to 100. */
  readonly retentionPercent: number;
  /** Discount rate per period in percent, 0 or more. */
  readonly discountPercent: number;
}

/**
 * Any of the three CLV forms; mixing fields of two forms is an error.
 *
 * @category Revenue
 */
export type ClvInput = ClvFromPurchasesInput | ClvFromChurnInput | ClvFromRetentionInput;

const METRIC = "clv";

/** The fields of each CLV form, in the order the form reads them. */
const FORMS = {
  purchases: ["averagePurchaseValue", "purchaseFrequency", "lifespan"],
  churn: ["averageRevenuePerAccount", "grossMarginPercent", "churnPercent"],
  retention: ["marginPerPeriod", "retentionPercent", "discountPercent"],
} as const;
type Form = keyof typeof FORMS;

/**
 * Computes customer lifetime value (CLV) in one of three forms, chosen by the fields given.
 *
 * - Purchases (seed document 004, S4-CLV-DEF):
 *   `averagePurchaseValue * purchaseFrequency * lifespan`, with the frequency per period and the
 *   lifespan in the same periods, so 12 purchases a year for 5 years and 1 a month for 60 months
 *   give the same value.
 * - Churn (the SaaS form used by ChartMogul, Baremetrics and most subscription texts):
 *   `averageRevenuePerAccount * grossMarginPercent / churnPercent`, the expected lifetime being
 *   `1 / churn` periods. A churn of 0 means an unbounded lifetime: the result is `undefined`.
 * - Retention (the form seed document 003 points to, S3-CLV-DEF; Gupta and Lehmann, "Customers as
 *   Assets", Journal of Interactive Marketing 17(1), 2003):
 *   `marginPerPeriod * r / (1 + d - r)` with `r` and `d` the retention and discount rates as
 *   fractions, over an infinite horizon, the margin received at the end of each period the
 *   customer stays (so the first period's margin is already weighted by `r` and discounted once).
 *   With full retention and no discounting the value is unbounded: `undefined`.
 *
 * @param input - The fields of exactly one form.
 * @returns CLV in the currency of the amounts, or `undefined` when it is unbounded.
 * @throws `CxMetricsError`: `inconsistent` when fields of two forms are mixed; `wrong-type` when
 *   no form is recognised or a field is missing; `negative`, `not-finite` or `out-of-range` for a
 *   bad value, naming the field.
 *
 * @example
 * clv({ averagePurchaseValue: 100, purchaseFrequency: 12, lifespan: 5 }); // => 6000
 * clv({ averageRevenuePerAccount: 100, grossMarginPercent: 80, churnPercent: 5 }); // => 1600
 * clv({ marginPerPeriod: 100, retentionPercent: 80, discountPercent: 10 }); // => 266.6666666666667
 * clv({ averageRevenuePerAccount: 100, churnPercent: 0 }); // => undefined
 *
 * @category Revenue
 */
export function clv(input: ClvInput): number | undefined {
  const o = readRecord(METRIC, "input", input, Object.values(FORMS).flat());
  let value: number | undefined;
  switch (formOf(o)) {
    case "purchases":
      value = fromPurchases(o);
      break;
    case "churn":
      value = fromChurn(o);
      break;
    case "retention":
      value = fromRetention(o);
      break;
  }
  return value === undefined ? undefined : finiteResult(METRIC, "input", value, input);
}

/**
 * The one form whose fields the input uses. A field of a second form is `inconsistent`; no field
 * of any form is `wrong-type`.
 */
function formOf(o: Fields): Form {
  const used = (Object.keys(FORMS) as Form[])
    .map((form) => ({ form, field: FORMS[form].find((name) => o[name] !== undefined) }))
    .filter((found) => found.field !== undefined);
  const [first, second] = used;
  if (first === undefined) {
    return fail({
      code: "wrong-type",
      metric: METRIC,
      field: "input",
      expected: "the fields of one CLV form (see the documentation)",
      received: o,
    });
  }
  if (second !== undefined) {
    const field = second.field!;
    fail({
      code: "inconsistent",
      metric: METRIC,
      field,
      expected: `absent when ${first.field} is given`,
      received: o[field],
    });
  }
  return first.form;
}

/** Average purchase value x purchase frequency x lifespan. */
function fromPurchases(o: Fields): number {
  const value = readAmount(METRIC, "averagePurchaseValue", o["averagePurchaseValue"]);
  const frequency = readAmount(METRIC, "purchaseFrequency", o["purchaseFrequency"]);
  const lifespan = readAmount(METRIC, "lifespan", o["lifespan"]);
  return value * frequency * lifespan;
}

/** ARPA x gross margin / churn rate; `undefined` at no churn. */
function fromChurn(o: Fields): number | undefined {
  const churn = readPercent(METRIC, "churnPercent", o["churnPercent"]);
  const margin =
    o["grossMarginPercent"] === undefined ? 100 : readPercent(METRIC, "grossMarginPercent", o["grossMarginPercent"]);
  const arpa = readAmount(METRIC, "averageRevenuePerAccount", o["averageRevenuePerAccount"]);
  return churn === 0 ? undefined : (arpa * margin) / churn;
}

/**
 * Margin x retention / ((100 - retention) + discount); `undefined` when the denominator is 0. The
 * difference is taken first: it is exact, and adding a small discount to it keeps the discount's
 * digits (`100 + discount - retention` loses them).
 */
function fromRetention(o: Fields): number | undefined {
  const margin = readAmount(METRIC, "marginPerPeriod", o["marginPerPeriod"]);
  const retention = readPercent(METRIC, "retentionPercent", o["retentionPercent"]);
  const discount = readAmount(METRIC, "discountPercent", o["discountPercent"]);
  const denominator = 100 - retention + discount;
  return denominator === 0 ? undefined : (margin * retention) / denominator;
}
