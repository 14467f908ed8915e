import { readCounts } from "../internal/rates.js";
import { percentOf } from "../internal/results.js";

/**
 * The counts behind a customer acquisition rate.
 *
 * @category Customers
 */
export interface AcquisitionRateInput {
  /** Customers at the start of the period. */
  readonly customersAtStart: number;
  /** Customers acquired during the period. */
  readonly newCustomers: number;
}

const METRIC = "acquisitionRate";

/**
 * Computes the acquisition rate: customers won in a period as a percentage of the customers at
 * its start.
 *
 * `acquisitionRate = 100 * newCustomers / customersAtStart`. This is what seed document 004
 * actually computed when it called 300 customers *added* to 1,000 a 30 % churn (S4-CHURN): a
 * growth figure, not a loss. It can exceed 100.
 *
 * @param input - `{ customersAtStart, newCustomers }`, whole numbers.
 * @returns The acquisition rate in percent (0 or more), or `undefined` when there were no
 *   customers at the start.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count.
 *
 * @example
 * acquisitionRate({ customersAtStart: 1000, newCustomers: 300 }); // => 30
 *
 * @category Customers
 */
export function acquisitionRate(input: AcquisitionRateInput): number | undefined {
  const [start, joined] = readCounts(METRIC, input, ["customersAtStart", "newCustomers"]) as [number, number];
  return percentOf(joined, start);
}
