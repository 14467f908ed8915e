import { readAmount, readCount, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";

/**
 * Acquisition spend and the customers it won.
 *
 * @category Revenue
 */
export interface CacInput {
  /**
   * Sales and marketing spent to acquire customers in the period, in currency: salaries,
   * commissions, advertising, tools (fully loaded).
   */
  readonly acquisitionSpend: number;
  /** New paying customers won in the same period: a whole number. */
  readonly newCustomers: number;
}

const METRIC = "cac";
const FIELDS = ["acquisitionSpend", "newCustomers"];

/**
 * Computes the customer acquisition cost (CAC): acquisition spend per new customer, in currency.
 *
 * `cac = acquisitionSpend / newCustomers` (David Skok, "SaaS Metrics 2.0", forEntrepreneurs.com,
 * 2013: total sales and marketing cost of the period over the new customers it won). Spend and
 * customers must cover the same period; with a long sales cycle, lag the spend by the cycle.
 *
 * @param input - `{ acquisitionSpend, newCustomers }`: an amount and a whole number.
 * @returns The cost per new customer, or `undefined` when no customer was won (spend with no
 *   customer has no cost per customer: report the spend itself).
 * @throws `CxMetricsError`: the amount codes (`wrong-type`, `not-a-number`, `not-finite`,
 *   `negative`) for a bad `acquisitionSpend`, the count codes for a bad `newCustomers`;
 *   `unknown-field` for a misspelt field.
 *
 * @example
 * cac({ acquisitionSpend: 60000, newCustomers: 40 }); // => 1500
 * cac({ acquisitionSpend: 5000, newCustomers: 0 }); // => undefined
 *
 * @category Revenue
 */
export function cac(input: CacInput): number | undefined {
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const spend = readAmount(METRIC, "acquisitionSpend", fields["acquisitionSpend"]);
  const customers = readCount(METRIC, "newCustomers", fields["newCustomers"]);
  return customers === 0 ? undefined : finiteResult(METRIC, "acquisitionSpend", spend / customers);
}
