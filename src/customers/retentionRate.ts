import { fail } from "../internal/fail.js";
import { readCounts } from "../internal/rates.js";
import { percentOf } from "../internal/results.js";

/**
 * The counts behind a customer retention rate.
 *
 * @category Customers
 */
export interface RetentionRateInput {
  /** Customers at the start of the period. */
  readonly customersAtStart: number;
  /** Customers at the end of the period, new ones included. */
  readonly customersAtEnd: number;
  /** Customers acquired during the period and still there at its end. */
  readonly newCustomers: number;
}

const METRIC = "retentionRate";

/**
 * Computes the customer retention rate: the percentage of the customers at the start of a period
 * who are still customers at its end.
 *
 * `retentionRate = 100 * (customersAtEnd - newCustomers) / customersAtStart`, the standard
 * customer retention rate formula (used by HubSpot, Zendesk and most customer-success texts;
 * seed document 002, S2-RETENTION, names retention as the metric to watch). With no one joining
 * and `customersAtEnd = customersAtStart - customersLost`, it equals `100 - churnRate`.
 *
 * @param input - `{ customersAtStart, customersAtEnd, newCustomers }`, whole numbers.
 * @returns The retention rate, 0 to 100, or `undefined` when there were no customers at the start.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count; `inconsistent` (field `newCustomers`) when
 *   `customersAtEnd - newCustomers` is below 0 or above `customersAtStart`.
 *
 * @example
 * retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 }); // => 90
 * retentionRate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 }); // => undefined
 *
 * @category Customers
 */
export function retentionRate(input: RetentionRateInput): number | undefined {
  const [start, end, joined] = readCounts(METRIC, input, ["customersAtStart", "customersAtEnd", "newCustomers"]) as [
    number,
    number,
    number,
  ];
  const kept = end - joined;
  if (kept < 0 || kept > start) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "newCustomers",
      expected: `from ${Math.max(0, end - start)} to customersAtEnd (${end})`,
      received: joined,
    });
  }
  return percentOf(kept, start);
}
