import { readCounts } from "../internal/rates.js";
import { percentOf, withoutNegativeZero } from "../internal/results.js";

/**
 * The counts behind a comparison of customers lost with customers won.
 *
 * @category Customers
 */
export interface CustomerNetChangeInput {
  /** Customers acquired during the period. */
  readonly newCustomers: number;
  /** Customers lost during the period. */
  readonly customersLost: number;
}

/**
 * Customers won against customers lost over a period.
 *
 * @category Customers
 */
export interface CustomerNetChangeResult {
  /** `newCustomers - customersLost`: negative when the base shrank. */
  readonly netChange: number;
  /**
   * Customers lost per 100 customers won (`100 * customersLost / newCustomers`): above 100 the
   * business loses more customers than it wins; `undefined` when no customer was won.
   */
  readonly lostPerHundredNew: number | undefined;
}

const METRIC = "customerNetChange";

/**
 * Compares the customers lost in a period with the customers won in it: are we losing more
 * customers than we win?
 *
 * Seed document 002 calls this ratio "churn" (S2-CHURN); it is not a churn rate, whose
 * denominator is the customers at the start (`churnRate`), so it has its own name here.
 * `netChange = newCustomers - customersLost`;
 * `lostPerHundredNew = 100 * customersLost / newCustomers`.
 *
 * @param input - `{ newCustomers, customersLost }`, whole numbers.
 * @returns The net change and the losses per 100 acquisitions.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count.
 *
 * @example
 * customerNetChange({ newCustomers: 120, customersLost: 150 }); // => { netChange: -30, lostPerHundredNew: 125 }
 * customerNetChange({ newCustomers: 0, customersLost: 4 }); // => { netChange: -4, lostPerHundredNew: undefined }
 *
 * @category Customers
 */
export function customerNetChange(input: CustomerNetChangeInput): CustomerNetChangeResult {
  const [joined, lost] = readCounts(METRIC, input, ["newCustomers", "customersLost"]) as [number, number];
  return { netChange: withoutNegativeZero(joined - lost), lostPerHundredNew: percentOf(lost, joined) };
}
