import { fail } from "./fail.js";
import { readAmount, readCount, readRecord } from "./readers.js";
import { finiteResult, percentOf } from "./results.js";

/**
 * Reads the named count fields of an input object, in order, each a whole number from 0 to
 * `MAX_COUNT`. Throws `wrong-type` for an input that is not an object.
 */
export function readCounts(metric: string, input: unknown, names: readonly string[]): number[] {
  const fields = readRecord(metric, "input", input, names);
  return names.map((name) => readCount(metric, name, fields[name]));
}

/** Throws `inconsistent` naming `field` (the part) when `part` exceeds `whole`. */
export function requireAtMost(metric: string, field: string, part: number, whole: number, wholeName: string): void {
  if (part > whole)
    fail({ code: "inconsistent", metric, field, expected: `at most ${wholeName} (${whole})`, received: part });
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
 * `undefined` when both are 0 (no data). An amount above 0 over a count of 0 is `inconsistent`,
 * naming the amount, as a count above 0 over a count of 0 is for the rates.
 */
export function amountPer(metric: string, input: unknown, amountField: string, countField: string): number | undefined {
  const fields = readRecord(metric, "input", input, [amountField, countField]);
  const total = readAmount(metric, amountField, fields[amountField]);
  const count = readCount(metric, countField, fields[countField]);
  if (count === 0) {
    if (total > 0)
      fail({
        code: "inconsistent",
        metric,
        field: amountField,
        expected: `0 when ${countField} is 0`,
        received: total,
      });
    return undefined;
  }
  return finiteResult(metric, amountField, total / count, total);
}
