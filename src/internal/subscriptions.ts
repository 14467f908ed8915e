import { forEachItem } from "./collections.js";
import { CompensatedSum } from "./compensatedSum.js";
import { checkKnownFields } from "./knownFields.js";
import { MAX_COUNT } from "./limits.js";
import { readAmount, readChoice, readCount, readNumber, readPercent, readRecord, readString } from "./readers.js";
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
  checkKnownFields(metric, "", item, SUBSCRIPTION_FIELDS);
  // Each field read once, in the order of SUBSCRIPTION_FIELDS (as readSubscription reads them).
  const { amount, interval, intervalCount, quantity, discountPercent, customer } = item;
  const monthly = monthlyOf(metric, item, amount, interval, intervalCount, quantity, discountPercent);
  if (customer !== undefined) readString(metric, ".customer", customer);
  return monthly;
}

/**
 * Reads one subscription record (fields relative to it): its monthly amount (see
 * {@link monthlyAmount}) and its `customer` id, a string when present (each field read once).
 */
export function readSubscription(metric: string, item: unknown): { monthly: number; customer: string | undefined } {
  checkKnownFields(metric, "", item, SUBSCRIPTION_FIELDS);
  const { amount, interval, intervalCount, quantity, discountPercent, customer } = item;
  const monthly = monthlyOf(metric, item, amount, interval, intervalCount, quantity, discountPercent);
  return { monthly, customer: customer === undefined ? undefined : readString(metric, ".customer", customer) };
}

const INTERVAL_COUNT = { min: 1, max: MAX_COUNT, integer: true, noun: "a whole number" } as const;

/**
 * The monthly amount from a subscription's fields as read (each validated here). Fields go in as
 * locals, not as a copied record: the copy and the result object per subscription made `mrr` on
 * 1,000,000 subscriptions 5x a plain loop, mostly in allocation and garbage collection; without
 * them it is 2.3-2.6x (bench/revenue.bench.mjs, `npm run bench`, three runs at load 9-13).
 */
function monthlyOf(
  metric: string,
  item: unknown,
  givenAmount: unknown,
  givenInterval: unknown,
  intervalCount: unknown,
  givenQuantity: unknown,
  discountPercent: unknown,
): number {
  const interval = readChoice(metric, ".interval", givenInterval, INTERVALS);
  const amount = readAmount(metric, ".amount", givenAmount);
  const quantity = givenQuantity === undefined ? 1 : readCount(metric, ".quantity", givenQuantity);
  const discount = discountPercent === undefined ? 0 : readPercent(metric, ".discountPercent", discountPercent);
  const every = intervalCount === undefined ? 1 : readNumber(metric, ".intervalCount", intervalCount, INTERVAL_COUNT);
  // One division, last: amount x quantity x (100 - discount) x periods a year / (1200 x every).
  return finiteResult(metric, "", (amount * quantity * (100 - discount) * PER_YEAR[interval]) / (1200 * every), item);
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
    return finiteResult(metric, "input", customers * average, input);
  }
  const total = new CompensatedSum();
  forEachItem(metric, "subscriptions", input, (item) => total.add(monthlyAmount(metric, item)));
  return finiteResult(metric, "subscriptions", total.value(), input);
}
