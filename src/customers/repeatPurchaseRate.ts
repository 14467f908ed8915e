import { shareOf } from "../internal/rates.js";

/**
 * The counts behind a repeat purchase rate.
 *
 * @category Customers
 */
export interface RepeatPurchaseRateInput {
  /** Customers who bought more than once in the period; at most `customers`. */
  readonly repeatCustomers: number;
  /** Customers who bought at least once in the period. */
  readonly customers: number;
}

const METRIC = "repeatPurchaseRate";

/**
 * Computes the repeat purchase rate: the percentage of buying customers who bought again.
 *
 * `repeatPurchaseRate = 100 * repeatCustomers / customers`, the usual e-commerce definition
 * (Shopify's and most retention texts'; seed documents 002 and 003 name repeat purchases as a
 * retention signal, S2-RETENTION and S3-OTHER).
 *
 * @param input - `{ repeatCustomers, customers }`, whole numbers.
 * @returns The rate, 0 to 100, or `undefined` when no customer bought.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count; `inconsistent` (field `repeatCustomers`)
 *   when there are more repeat customers than customers.
 *
 * @example
 * repeatPurchaseRate({ repeatCustomers: 45, customers: 180 }); // => 25
 *
 * @category Customers
 */
export function repeatPurchaseRate(input: RepeatPurchaseRateInput): number | undefined {
  return shareOf(METRIC, input, "repeatCustomers", "customers");
}
