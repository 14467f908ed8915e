import { MAX_COUNT } from "./limits.js";
import { readAmount, readChoice, readCount, readNumber, readPercent, readRecord } from "./readers.js";
import { finiteResult } from "./results.js";

/** Billing periods per year of each interval. */
const PER_YEAR = { day: 365, week: 52, month: 12, quarter: 4, year: 1 } as const;
const INTERVALS: readonly (keyof typeof PER_YEAR)[] = ["day", "week", "month", "quarter", "year"];

/**
 * The monthly-normalised recurring amount of one subscription record (its fields named relative
 * to it, for `forEachItem`): `amount x quantity x (100 - discountPercent) / 100`, billed
 * `PER_YEAR[interval] / intervalCount` times a year, divided by 12.
 */
export function monthlyAmount(metric: string, item: unknown): number {
  const s = readRecord(metric, "", item);
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
  return finiteResult(metric, "", monthly);
}
