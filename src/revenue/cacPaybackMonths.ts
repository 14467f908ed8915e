import { readAmount, readPercent, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";

/**
 * What a new customer cost and what they bring in each month.
 *
 * @category Revenue
 */
export interface CacPaybackMonthsInput {
  /** Acquisition cost of a new customer, in currency (from `cac`). */
  readonly acquisitionCost: number;
  /** Average MRR of a new customer, in the same currency per month. */
  readonly mrrPerNewCustomer: number;
  /** Gross margin on that revenue, as a percentage from 0 to 100. */
  readonly grossMarginPercent: number;
}

const METRIC = "cacPaybackMonths";
const FIELDS = ["acquisitionCost", "mrrPerNewCustomer", "grossMarginPercent"];

/**
 * Computes the CAC payback period: the months of gross margin a new customer takes to repay
 * their acquisition cost.
 *
 * `cacPaybackMonths = acquisitionCost / (mrrPerNewCustomer * grossMarginPercent / 100)`, computed
 * as `100 * acquisitionCost / (mrrPerNewCustomer * grossMarginPercent)` (David Skok, "SaaS
 * Metrics 2.0", forEntrepreneurs.com, 2013: "months to recover CAC", which he wants under 12).
 * It ignores churn: a customer who leaves before the payback never repays.
 *
 * @param input - `{ acquisitionCost, mrrPerNewCustomer, grossMarginPercent }`.
 * @returns The payback in months (0 or more, fractional), or `undefined` when a new customer
 *   brings no monthly margin (MRR or margin 0: the cost is never repaid).
 * @throws `CxMetricsError`: the amount codes (`wrong-type`, `not-a-number`, `not-finite`,
 *   `negative`) naming the bad amount; `out-of-range` for a margin above 100, or (field
 *   `acquisitionCost`) when the result overflows; `unknown-field` for a misspelt field.
 *
 * @example
 * cacPaybackMonths({ acquisitionCost: 1500, mrrPerNewCustomer: 250, grossMarginPercent: 80 }); // => 7.5
 * cacPaybackMonths({ acquisitionCost: 1500, mrrPerNewCustomer: 0, grossMarginPercent: 80 }); // => undefined
 *
 * @category Revenue
 */
export function cacPaybackMonths(input: CacPaybackMonthsInput): number | undefined {
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const cost = readAmount(METRIC, "acquisitionCost", fields["acquisitionCost"]);
  const mrr = readAmount(METRIC, "mrrPerNewCustomer", fields["mrrPerNewCustomer"]);
  const margin = readPercent(METRIC, "grossMarginPercent", fields["grossMarginPercent"]);
  const monthlyMargin = mrr * margin;
  return monthlyMargin === 0 ? undefined : finiteResult(METRIC, "acquisitionCost", (100 * cost) / monthlyMargin);
}
