import { forEachItem } from "../internal/collections.js";
import { CompensatedSum } from "../internal/compensatedSum.js";
import { readString } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import { readSubscription } from "../internal/subscriptions.js";
import type { Subscription } from "./mrr.js";

/**
 * Monthly recurring revenue by customer at one moment: a `Map` or a plain object keyed by
 * customer id, each amount a non-negative finite number.
 *
 * @category Revenue
 */
export type MrrByCustomer = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

const METRIC = "mrrByCustomer";

/**
 * Sums subscriptions into monthly recurring revenue per customer: the snapshot that
 * `mrrMovements` and `expansionMrr` compare.
 *
 * Each subscription's monthly amount is computed as in `mrr` (every billing interval normalised
 * to a month, quantity and discount applied); a customer's amounts are summed with compensation.
 * A customer whose subscriptions all amount to 0 (a free plan) is kept, at 0.
 *
 * @param subscriptions - Subscriptions with a `customer` id (a string), any array or iterable.
 * @returns A `Map` from customer id to MRR, in the order customers first appear.
 * @throws `CxMetricsError`: `wrong-type` naming `subscriptions[i].customer` for a missing or
 *   non-string id; the codes of `mrr` for the other fields, naming `subscriptions[i]`.
 *
 * @example
 * const byCustomer = mrrByCustomer([
 *   { customer: "acme", amount: 100, interval: "month" },
 *   { customer: "acme", amount: 600, interval: "year" },
 *   { customer: "globex", amount: 30, interval: "month", quantity: 2 },
 * ]);
 * [...byCustomer]; // => [["acme", 150], ["globex", 60]]
 *
 * @category Revenue
 */
export function mrrByCustomer(subscriptions: Iterable<Subscription>): Map<string, number> {
  const sums = new Map<string, CompensatedSum>();
  forEachItem(METRIC, "subscriptions", subscriptions, (item) => {
    const subscription = readSubscription(METRIC, item);
    const customer = readString(METRIC, ".customer", subscription.customer);
    const amount = subscription.monthly;
    let sum = sums.get(customer);
    if (sum === undefined) {
      sum = new CompensatedSum();
      sums.set(customer, sum);
    }
    sum.add(amount);
  });
  const result = new Map<string, number>();
  for (const [customer, sum] of sums)
    result.set(customer, finiteResult(METRIC, "subscriptions", sum.value(), subscriptions));
  return result;
}
