import { shareOf } from "../internal/rates.js";

/**
 * The counts behind a customer churn rate.
 *
 * @category Customers
 */
export interface ChurnRateInput {
  /** Customers at the start of the period. */
  readonly customersAtStart: number;
  /**
   * Customers lost during the period, counted among those present at the start; at most
   * `customersAtStart`. Customers who joined and left within the period are not in it.
   */
  readonly customersLost: number;
}

const METRIC = "churnRate";

/**
 * Computes the customer churn rate: the percentage of the customers at the start of a period
 * who were lost during it.
 *
 * `churnRate = 100 * customersLost / customersAtStart` (seed document 004, S4-CHURN-DEF; the
 * usual definition in customer-success and subscription analytics). Only customers present at
 * the start count as lost, so the rate cannot exceed 100; customers who joined and left inside
 * the period belong to neither number. New customers do not enter it at all: 300 customers
 * *added* to 1,000 is an acquisition rate of 30 % (see `acquisitionRate`), not a churn rate, and
 * comparing losses with acquisitions is `customerNetChange`.
 *
 * @param input - `{ customersAtStart, customersLost }`, whole numbers.
 * @returns The churn rate, 0 to 100, or `undefined` when there were no customers at the start.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count; `inconsistent` (field `customersLost`) when
 *   more customers were lost than there were at the start.
 *
 * @example
 * churnRate({ customersAtStart: 1000, customersLost: 300 }); // => 30
 * churnRate({ customersAtStart: 0, customersLost: 0 }); // => undefined
 *
 * @category Customers
 */
export function churnRate(input: ChurnRateInput): number | undefined {
  return shareOf(METRIC, input, "customersLost", "customersAtStart");
}
