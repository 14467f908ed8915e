import { readCounts } from "../internal/rates.js";
import { percentOf } from "../internal/results.js";

/**
 * The counts behind a customer growth rate.
 *
 * @category Customers
 */
export interface CustomerGrowthRateInput {
  /** Customers at the start of the period. */
  readonly customersAtStart: number;
  /** Customers at the end of the period. */
  readonly customersAtEnd: number;
}

const METRIC = "customerGrowthRate";

/**
 * Computes the net growth of the customer base over a period, as a percentage of its start.
 *
 * `customerGrowthRate = 100 * (customersAtEnd - customersAtStart) / customersAtStart`, the usual
 * period-over-period growth rate (seed document 000, S0-OTHER, names customer growth as a metric
 * to track). It is negative when the base shrinks and can exceed 100.
 *
 * @param input - `{ customersAtStart, customersAtEnd }`, whole numbers.
 * @returns The growth rate in percent (any sign), or `undefined` when there were no customers at
 *   the start.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count.
 *
 * @example
 * customerGrowthRate({ customersAtStart: 1000, customersAtEnd: 1150 }); // => 15
 * customerGrowthRate({ customersAtStart: 1000, customersAtEnd: 700 }); // => -30
 *
 * @category Customers
 */
export function customerGrowthRate(input: CustomerGrowthRateInput): number | undefined {
  const [start, end] = readCounts(METRIC, input, ["customersAtStart", "customersAtEnd"]) as [number, number];
  return percentOf(end - start, start);
}
