import { CxMetricsError, type CxMetricsErrorCode } from "../errors.js";

/** Throws the library's error; never returns. */
export function fail(
  code: CxMetricsErrorCode,
  metric: string,
  field: string,
  expected: string,
  received: unknown,
): never {
  throw new CxMetricsError({ code, metric, field, expected, received });
}

/**
 * Returns `value` (with -0 made 0) if it is a number from `min` to `max`, whole when `integer`;
 * else throws with the code that names the first fault: `wrong-type`, `not-a-number`,
 * `not-finite`, `not-integer`, then `belowCode` or `out-of-range`.
 */
export function num(
  metric: string,
  field: string,
  value: unknown,
  min: number,
  max: number,
  integer: boolean,
  expected: string,
  belowCode: CxMetricsErrorCode = "out-of-range",
): number {
  const code: CxMetricsErrorCode | undefined =
    typeof value !== "number"
      ? "wrong-type"
      : value !== value
        ? "not-a-number"
        : value - value !== 0
          ? "not-finite"
          : integer && value % 1
            ? "not-integer"
            : value < min
              ? belowCode
              : value > max
                ? "out-of-range"
                : undefined;
  if (code) fail(code, metric, field, expected, value);
  return (value as number) + 0;
}

/**
 * The largest count accepted: 100 times it is still a safe integer, so `100 * part` is exact
 * and every percentage is the correctly rounded value of its exact fraction.
 */
export const MAX_COUNT = 90071992547409; // Math.floor(Number.MAX_SAFE_INTEGER / 100), written out so bundles need no code to compute it

/** Returns `value` if it is a count: a whole number from 0 to `MAX_COUNT`. */
export function count(metric: string, field: string, value: unknown): number {
  return num(metric, field, value, 0, MAX_COUNT, true, "a whole number from 0 to 90071992547409", "negative");
}

/** Returns `value` if it is a non-negative finite number: an amount of money, a weight, a rate. */
export function amount(metric: string, field: string, value: unknown): number {
  return num(metric, field, value, 0, Infinity, false, "a non-negative finite number", "negative");
}

/**
 * Returns a computed `value` (with -0 made 0) if it is finite; inputs too large for a finite
 * result throw `out-of-range` naming `field`.
 */
export function finiteResult(metric: string, field: string, value: number): number {
  if (value - value !== 0) fail("out-of-range", metric, field, "small enough for a finite result", value);
  return value + 0;
}

/** Returns `value` if it is a percentage from 0 to 100. */
export function percentage(metric: string, field: string, value: unknown): number {
  return num(metric, field, value, 0, 100, false, "a percentage from 0 to 100", "negative");
}

/**
 * Reads the named count fields of an input object, in order, each a whole number from 0 to
 * `MAX_COUNT`. Throws `wrong-type` for an input that is not an object.
 */
export function counts(metric: string, input: unknown, names: readonly string[]): number[] {
  const o = record(metric, "input", input);
  return names.map((name) => count(metric, name, o[name]));
}

/**
 * The percentage `100 * part / whole` of two named count fields, with `part` at most `whole`;
 * `undefined` when `whole` is 0.
 */
export function shareOf(metric: string, input: unknown, part: string, whole: string): number | undefined {
  const [p, w] = counts(metric, input, [part, whole]) as [number, number];
  atMost(metric, part, p, w, whole);
  return percentOf(p, w);
}

/**
 * An amount field divided by a count field of one input (cost per customer, revenue per order);
 * `undefined` when the count is 0.
 */
export function amountPer(metric: string, input: unknown, amountField: string, countField: string): number | undefined {
  const o = record(metric, "input", input);
  const total = amount(metric, amountField, o[amountField]);
  const n = count(metric, countField, o[countField]);
  return n === 0 ? undefined : total / n;
}

/** Checks that `part` is at most `whole`, naming `field` (the part) when it is not. */
export function atMost(metric: string, field: string, part: number, whole: number, wholeName: string): void {
  if (part > whole) fail("inconsistent", metric, field, `at most ${wholeName} (${whole})`, part);
}

/** Returns `value` as a record of named fields, or throws `wrong-type`. */
export function record(metric: string, field: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail("wrong-type", metric, field, "an object with named fields", value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** Returns the options object, `{}` when it is `undefined`, or throws `wrong-type`. */
export function readOptions(metric: string, value: unknown): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : record(metric, "options", value);
}

/** Returns a boolean option, `fallback` when it is absent. */
export function flag(metric: string, field: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") fail("wrong-type", metric, field, "a boolean", value);
  return value;
}

/** `100 * part / whole`, divided once; `undefined` when `whole` is 0. Never returns -0. */
export function percentOf(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : (100 * part) / whole + 0;
}
