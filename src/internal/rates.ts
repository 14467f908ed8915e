import { fail } from "./fail.js";
import { readAmount, readCount, readRecord } from "./readers.js";
import { percentOf } from "./results.js";

/**
 * Reads the named count fields of an input object, in order, each a whole number from 0 to
 * `MAX_COUNT`. Throws `wrong-type` for an input that is not an object.
 */
export function readCounts(metric: string, input: unknown, names: readonly string[]): number[] {
  const fields = readRecord(metric, "input", input);
  return names.map((name) => readCount(metric, name, fields[name]));
}

/** Throws `inconsistent` naming `field` (the part) when `part` exceeds `whole`. */
export function requireAtMost(metric: string, field: string, part: number, whole: number, wholeName: string): void {
  if (part > whole) fail({ code: "inconsistent", metric, field, expected: `at most ${wholeName} (${whole})`, received: part });
}

/**
 * The percentage `100 * part / whole` of two named count fields, with `part` at most `whole`;
 * `undefined` when `whole` is 0.
 */
export function shareOf(metric: string, input: unknown, part: string, whole: string): number | undefined {
  const [partCount, wholeCount] = readCounts(metric, input, [part, whole]) as [number, number];
  requireAtMost(metric, part, partCount, wholeCount, whole);
  return percentOf(partCount, wholeCount);
}

/**
 * An amount field divided by a count field of one input (cost per customer, revenue per order);
 * `undefined` when the count is 0.
 */
export function amountPer(metric: string, input: unknown, amountField: string, countField: string): number | undefined {
  const fields = readRecord(metric, "input", input);
  const total = readAmount(metric, amountField, fields[amountField]);
  const count = readCount(metric, countField, fields[countField]);
  return count === 0 ? undefined : total / count;
}
