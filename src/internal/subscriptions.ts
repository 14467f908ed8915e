import { forEachItem } from "./collections.js";
import { CompensatedSum } from "./compensatedSum.js";
import { MAX_COUNT } from "./limits.js";
import { readAmount, readChoice, readCount, readNumber, readPercent, readRecord } from "./readers.js";
import { finiteResult } from "./results.js";

/** Billing periods per year of each interval. */
const PER_YEAR = { day: 365, week: 52, month: 12, quarter: 4, year: 1 } as const;
const INTERVALS: readonly (keyof typeof PER_YEAR)[] = ["day", "week", "month", "quarter", "year"];

/** The fields of a subscription record; `customer` is read by `mrrByCustomer`. */
const SUBSCRIPTION_FIELDS = ["amount", "interval", "intervalCount", "quantity", "discountPercent", "customer"];

/**
 * The monthly-normalised recurring amount of one subscription record (its fields named relative
 * to it, for `forEachItem`): `amount x quantity x (100 - discountPercent) / 100`, billed
 * `PER_YEAR[interval] / intervalCount` times a year, divided by 12.
 */
export function monthlyAmount(metric: string, item: unknown): number {
  return readSubscription(metric, item).monthly;
}

/**
 * Reads one subscription record (fields relative to it): its monthly amount (see
 * {@link monthlyAmount}) and its `customer` field as given (each field read once).
 */
export function readSubscription(metric: string, item: unknown): { monthly: number; customer: unknown } {
  const s = readRecord(metric, "", item, SUBSCRIPTION_FIELDS);
  const interval = readChoice(metric, ".interval", s["interval"], INTERVALS);
  const amount = readAmount(metric, ".amount", s["amount"]);
  const quantity = s["quantity"] === undefined ? 1 : readCount(metric, ".quantity", s["quantity"]);
  const discount = s["discountPercent"] === undefined ? 0 : readPercent(metric, ".discountPercent", s["discountPercent"]);
  const every =
    s["intervalCount"] === undefined
      ? 1
      : readNumber(metric, ".intervalCount", s["intervalCount"], { min: 1, max: MAX_COUNT, integer: true, noun: "a whole number" });
  // One division, last: amount x quantity x (100 - discount) x periods a year / (1200 x every).
  const monthly = (amount * quantity * (100 - discount) * PER_YEAR[interval]) / (1200 * every);
  return { monthly: finiteResult(metric, "", monthly), customer: s["customer"] };
}

/**
 * The MRR of either form `mrr` accepts: subscriptions (any iterable of records, summed with
 * compensation) or `{ customers, averageMonthlyRevenue }` (their product).
 */
export function monthlyRecurringRevenue(metric: string, input: unknown): number {
  if (typeof input === "object" && input !== null && !(Symbol.iterator in input)) {
    const o = readRecord(metric, "input", input, ["customers", "averageMonthlyRevenue"]);
    const customers = readCount(metric, "customers", o["customers"]);
    const average = readAmount(metric, "averageMonthlyRevenue", o["averageMonthlyRevenue"]);
    return finiteResult(metric, "input", customers * average);
  }
  const total = new CompensatedSum();
  forEachItem(metric, "subscriptions", input, (item) => total.add(monthlyAmount(metric, item)));
  return finiteResult(metric, "subscriptions", total.value());
}
