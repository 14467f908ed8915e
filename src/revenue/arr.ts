import { finiteResult } from "../internal/results.js";
import { monthlyRecurringRevenue } from "../internal/subscriptions.js";
import type { MrrFromAverageInput, Subscription } from "./mrr.js";

const METRIC = "arr";

/**
 * Computes annual recurring revenue (ARR): twelve times the monthly recurring revenue, from the
 * same inputs as `mrr`.
 *
 * `arr = 12 * mrr`, the definition ChartMogul and Baremetrics publish for subscription
 * businesses (it annualises the current run rate; it is not a forecast, and it ignores one-off
 * charges as MRR does). Every billing interval is normalised to a month first, as in `mrr`.
 *
 * @param input - Subscriptions (any array or iterable of `{ amount, interval, intervalCount?,
 *   quantity?, discountPercent?, customer? }`), or `{ customers, averageMonthlyRevenue }`.
 * @returns ARR in the currency of the amounts; `0` for no subscriptions.
 * @throws `CxMetricsError` with the codes and fields of `mrr`, naming `arr` as the metric.
 *
 * @example
 * arr([{ amount: 30, interval: "month" }, { amount: 1200, interval: "year" }]); // => 1560
 * arr({ customers: 40, averageMonthlyRevenue: 25 }); // => 12000
 *
 * @category Revenue
 */
export function arr(input: Iterable<Subscription> | MrrFromAverageInput): number {
  return finiteResult(METRIC, "subscriptions", 12 * monthlyRecurringRevenue(METRIC, input));
}
