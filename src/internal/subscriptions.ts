import { forEachItem } from "./collections.js";
import { CompensatedSum } from "./compensatedSum.js";
import { MAX_COUNT } from "./limits.js";
import {
  type Fields,
  readAmount,
  readChoice,
  readCount,
  readNumber,
  readPercent,
  readRecord,
  readString,
} from "./readers.js";
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
  checkSubscriptionFields(metric, item);
  // Each field read once, in the order of SUBSCRIPTION_FIELDS (as readSubscription reads them).
  const { amount, interval, intervalCount, quantity, discountPercent, customer } = item;
  const monthly = monthlyOf(metric, item, amount, interval, intervalCount, quantity, discountPercent);
  if (customer !== undefined && typeof customer !== "string") readString(metric, ".customer", customer);
  return monthly;
}

/**
 * Reads one subscription record (fields relative to it): its monthly amount (see
 * {@link monthlyAmount}) and its `customer` id, a string when present (each field read once).
 */
export function readSubscription(metric: string, item: unknown): { monthly: number; customer: string | undefined } {
  checkSubscriptionFields(metric, item);
  const { amount, interval, intervalCount, quantity, discountPercent, customer } = item;
  const monthly = monthlyOf(metric, item, amount, interval, intervalCount, quantity, discountPercent);
  return { monthly, customer: customer === undefined ? undefined : readString(metric, ".customer", customer) };
}

/**
 * Checks that `item` is a record whose own enumerable keys are all subscription fields, without
 * copying it, with the known names in a `switch` rather than searched with `includes` for every
 * key of every subscription: `mrr` on 1,000,000 subscriptions went from 103 to 87 ns a
 * subscription (bench/revenue.bench.mjs data). A fault defers to `readRecord`, so every error
 * (`wrong-type`, or `unknown-field` naming the first unknown key with its suggestion) is the one
 * `readRecord` throws.
 */
function checkSubscriptionFields(metric: string, item: unknown): asserts item is Fields {
  if (typeof item === "object" && item !== null && !Array.isArray(item)) {
    let allKnown = true;
    // `for...in` walks own keys first, then inherited ones; only own keys can be unknown fields.
    for (const key in item) {
      if (!isSubscriptionField(key) && Object.hasOwn(item, key)) {
        allKnown = false;
        break;
      }
    }
    if (allKnown) return;
  }
  readRecord(metric, "", item, SUBSCRIPTION_FIELDS);
}

/** Whether `key` is one of SUBSCRIPTION_FIELDS. */
function isSubscriptionField(key: string): boolean {
  switch (key) {
    case "amount":
    case "interval":
    case "intervalCount":
    case "quantity":
    case "discountPercent":
    case "customer":
      return true;
    default:
      return false;
  }
}

const INTERVAL_COUNT = { min: 1, max: MAX_COUNT, integer: true, noun: "a whole number" } as const;

/**
 * The monthly amount from a subscription's fields as read. A valid subscription is checked and
 * computed inline (one `switch` for the interval, plain comparisons for the numbers); anything
 * else goes to {@link checkedMonthlyOf}, the readers in their usual order, so a fault gets the
 * same error as before and the first bad field is the one named. The readers' calls, each with
 * its rule object, made `mrr` on 1,000,000 subscriptions 87 ns a subscription, 1.9x a plain loop;
 * the inline check brings it to 54 ns, 1.2x (bench/revenue.bench.mjs). The slow path is its own
 * function so that this one stays small enough for V8 to inline.
 */
function monthlyOf(
  metric: string,
  item: unknown,
  amount: unknown,
  interval: unknown,
  intervalCount: unknown,
  quantity: unknown,
  discountPercent: unknown,
): number {
  const perYear = periodsPerYear(interval);
  // A condition below that fails sends the subscription to checkedMonthlyOf, which computes the
  // same amount or throws as the readers do: mutants that make a condition fail more often are
  // equivalent (mutation testing); those that let a bad value through are killed by the tests.
  if (
    perYear !== 0 &&
    // Stryker disable next-line StringLiteral: equivalent, see above
    typeof amount === "number" &&
    amount >= 0 &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
    amount !== Infinity &&
    // Stryker disable next-line LogicalOperator: equivalent, see above
    (quantity === undefined || isWholeNumber(quantity, 0)) &&
    // Stryker disable next-line LogicalOperator: equivalent, see above
    (discountPercent === undefined ||
      // Stryker disable next-line StringLiteral: equivalent, see above
      (typeof discountPercent === "number" && discountPercent >= 0 && discountPercent <= 100)) &&
    // Stryker disable next-line LogicalOperator: equivalent, see above
    (intervalCount === undefined || isWholeNumber(intervalCount, 1))
    // Stryker disable next-line BlockStatement: equivalent, see above
  ) {
    // The readers' formula on the values they would return: they change only -0 into 0, which
    // leaves this product as it is or a zero, made 0 by `+ 0` as `finiteResult` does. A product
    // too large for a double goes to the readers, whose `finiteResult` throws for it.
    const units = (quantity ?? 1) as number;
    const every = (intervalCount ?? 1) as number;
    const monthly = (amount * units * (100 - ((discountPercent ?? 0) as number)) * perYear) / (1200 * every);
    if (Number.isFinite(monthly)) return monthly + 0;
  }
  return checkedMonthlyOf(metric, item, amount, interval, intervalCount, quantity, discountPercent);
}

/** A number with no fractional part from `min` to MAX_COUNT (what `readCount` and INTERVAL_COUNT accept). */
// Stryker disable next-line BlockStatement: equivalent (a `false` sends the value to the readers)
function isWholeNumber(value: unknown, min: number): boolean {
  // Stryker disable next-line StringLiteral: equivalent (a `false` sends the value to the readers)
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= MAX_COUNT;
}

/** PER_YEAR of a valid interval, 0 for anything else (strict equality, as `readChoice` compares). */
// Stryker disable next-line BlockStatement: equivalent (no number of periods sends the subscription to the readers)
function periodsPerYear(interval: unknown): number {
  switch (interval) {
    case "day":
      return PER_YEAR.day;
    case "week":
      return PER_YEAR.week;
    case "month":
      return PER_YEAR.month;
    case "quarter":
      return PER_YEAR.quarter;
    case "year":
      return PER_YEAR.year;
    default:
      return 0;
  }
}

/** The monthly amount through the readers, which throw for the first bad field. */
function checkedMonthlyOf(
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
