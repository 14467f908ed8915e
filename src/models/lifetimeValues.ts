import { forEachItem } from "../internal/collections.js";
import { customerValue, discountedPurchases, readValuedCustomer, readValueSetting } from "../internal/lifetimeValue.js";
import type { LifetimeValueCustomer, LifetimeValueModels, LifetimeValueOptions } from "./lifetimeValue.js";

const METRIC = "lifetimeValues";

/**
 * The expected, discounted value of each customer of a list over a horizon, as
 * {@link lifetimeValue} computes it for one (same formula, assumptions and sources), for a whole
 * customer base in one call: the models and options are read once, and the discounted expected
 * purchases, which depend only on (frequency, recency, age), are computed once per distinct
 * history.
 *
 * @param models - `{ bgNbd, gammaGamma }`.
 * @param customers - Any array or iterable of `{ frequency, recency, age, monetaryValue }` (the
 *   rows of rfmSummary as they are).
 * @param options - `{ periods, discountPercent, marginPercent, periodLength? }`.
 * @returns One value per customer, in their order; an empty array for no customers.
 * @throws `CxMetricsError`: the codes of {@link lifetimeValue}, the customer's fields named
 *   `customers[i].frequency` and so on; `wrong-type` for customers that are not iterable.
 *
 * @example
 * const models = {
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 * };
 * const customers = [
 *   { frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 },
 *   { frequency: 0, recency: 0, age: 38.86, monetaryValue: undefined },
 * ];
 * lifetimeValues(models, customers, { periods: 52, discountPercent: 0.2, marginPercent: 30 }).map(
 *   (v) => v.toFixed(2),
 * ); // => ["10.98", "2.53"]
 *
 * @category Models
 */
export function lifetimeValues(
  models: LifetimeValueModels,
  customers: Iterable<LifetimeValueCustomer>,
  options: LifetimeValueOptions,
): number[] {
  const setting = readValueSetting(METRIC, models, options);
  const purchases = new Map<string, number>();
  const values: number[] = [];
  forEachItem(METRIC, "customers", customers, (item) => {
    const { x, tx, age, z } = readValuedCustomer(METRIC, "", item);
    const key = `${x} ${tx} ${age}`;
    let discounted = purchases.get(key);
    if (discounted === undefined) {
      discounted = discountedPurchases(setting, x, tx, age);
      purchases.set(key, discounted);
    }
    values.push(customerValue(METRIC, "", setting, models, discounted, x, z));
  });
  return values;
}
