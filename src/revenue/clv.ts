import { amount, fail, finiteResult, percentage, record } from "../internal/check.js";

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
const FORMS = [
  ["averagePurchaseValue", "purchaseFrequency", "lifespan"],
  ["averageRevenuePerAccount", "grossMarginPercent", "churnPercent"],
  ["marginPerPeriod", "retentionPercent", "discountPercent"],
] as const;

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
  const o = record(METRIC, "input", input);
  const present = FORMS.map((form) => form.find((f) => o[f] !== undefined));
  const form = present.findIndex((f) => f !== undefined);
  const other = present.findIndex((f, i) => f !== undefined && i !== form);
  if (other >= 0) fail("inconsistent", METRIC, present[other]!, `absent when ${present[form]} is given`, o[present[other]!]);
  if (form < 0) {
    fail("wrong-type", METRIC, "input", "the fields of one CLV form (see the documentation)", input);
  }
  const [a, b, c] = FORMS[form]!;
  const get = (field: string): number => amount(METRIC, field, o[field]);
  const pct = (field: string): number => percentage(METRIC, field, o[field]);
  let value: number;
  if (form === 0) {
    value = get(a) * get(b) * get(c);
  } else if (form === 1) {
    const churn = pct(c);
    const margin = o[b] === undefined ? 100 : pct(b);
    const arpa = get(a);
    if (churn === 0) return undefined;
    value = (arpa * margin) / churn;
  } else {
    const m = get(a);
    const r = pct(b);
    const denominator = 100 + get(c) - r;
    if (denominator === 0) return undefined;
    value = (m * r) / denominator;
  }
  return finiteResult(METRIC, "input", value);
}
