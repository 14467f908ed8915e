import { forEachItem } from "./collections.js";
import { fail } from "./fail.js";
import { readAmount, readCount, readRecord } from "./readers.js";

/**
 * The fields a customer's purchase history may carry: the three the models read, the `count`
 * weight, and the other fields of an `rfmSummary` row, allowed so its rows can be passed as they
 * are (they are ignored).
 */
const HISTORY_FIELDS = [
  "frequency",
  "recency",
  "age",
  "count",
  "customer",
  "monetaryValue",
  "holdoutFrequency",
  "holdoutMonetaryValue",
] as const;

/** One customer's (frequency, recency, age), read and checked. */
export interface History {
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
}

/**
 * Reads `{ frequency, recency, age }` at `field` (`""` inside `forEachItem`): frequency a whole
 * number, recency and age non-negative, recency at most age (`inconsistent` naming `recency`
 * otherwise) and 0 when frequency is 0 (`inconsistent` naming `recency`).
 */
export function readHistory(
  metric: string,
  field: string,
  value: unknown,
): History & { readonly count: number; readonly monetaryValue: unknown } {
  const row = readRecord(metric, field, value, HISTORY_FIELDS);
  const frequency = readCount(metric, `${field}.frequency`, row["frequency"]);
  const recency = readAmount(metric, `${field}.recency`, row["recency"]);
  const age = readAmount(metric, `${field}.age`, row["age"]);
  const count = row["count"] === undefined ? 1 : readCount(metric, `${field}.count`, row["count"]);
  if (recency > age) {
    fail({
      code: "inconsistent",
      metric,
      field: `${field}.recency`,
      expected: `at most age (${age})`,
      received: recency,
    });
  }
  if (frequency === 0 && recency !== 0) {
    fail({
      code: "inconsistent",
      metric,
      field: `${field}.recency`,
      expected: "0 when frequency is 0",
      received: recency,
    });
  }
  // monetaryValue as read (once, with the record), for the readers that value a customer.
  return { frequency, recency, age, count, monetaryValue: row["monetaryValue"] };
}

/**
 * Purchase histories for a fit, with identical `(frequency, recency, age)` merged (their counts
 * added) and sorted by frequency, then recency, then age. Merging and sorting make a fit
 * independent of the rows' order and of how a count is split across rows, exactly, since the
 * likelihood is then always summed in the same order; rows of count 0 are dropped.
 */
export interface Histories {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly age: Float64Array;
  readonly count: Float64Array;
  /** The sum of the counts. */
  readonly customers: number;
}

/** Reads the rows argument of a fit (named `rows`) into {@link Histories}. */
export function readHistories(metric: string, rows: unknown): Histories {
  const merged = new Map<string, { history: History; count: number }>();
  forEachItem(metric, "rows", rows, (item) => {
    const { count, ...history } = readHistory(metric, "", item);
    if (count === 0) return;
    const key = `${history.frequency} ${history.recency} ${history.age}`;
    const entry = merged.get(key);
    if (entry === undefined) merged.set(key, { history, count });
    else entry.count += count;
  });
  const entries = [...merged.values()].sort(
    (p, q) =>
      p.history.frequency - q.history.frequency ||
      p.history.recency - q.history.recency ||
      p.history.age - q.history.age,
  );
  const column = (pick: (e: { history: History; count: number }) => number): Float64Array =>
    Float64Array.from(entries, pick);
  return {
    frequency: column((e) => e.history.frequency),
    recency: column((e) => e.history.recency),
    age: column((e) => e.history.age),
    count: column((e) => e.count),
    customers: entries.reduce((sum, e) => sum + e.count, 0),
  };
}
