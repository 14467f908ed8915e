import type { CxMetricsErrorCode } from "../errors.js";
import { fail } from "./fail.js";
import { MAX_COUNT } from "./limits.js";
import { withoutNegativeZero } from "./results.js";

/**
 * What a number must be. The bounds are inclusive unless `above` is used instead of `min`;
 * `noun` names the kind of number in the message ("a percentage", "an integer").
 */
export interface NumberRule {
  /** The smallest value allowed (default: none). */
  readonly min?: number;
  /** A bound the value must lie strictly above, instead of `min`. */
  readonly above?: number;
  /** The largest value allowed (default: none). */
  readonly max?: number;
  /** A bound the value must lie strictly below, instead of `max`. */
  readonly below?: number;
  /** Whether the value must be a whole number. */
  readonly integer?: boolean;
  /** The kind of number, for the message: "a whole number", "a percentage"... */
  readonly noun?: string;
  /** The code for a value below the lower bound: `negative` for counts and amounts. */
  readonly belowCode?: CxMetricsErrorCode;
}

/**
 * The phrase for `expected` built from a rule's bounds, so the message and the check can never
 * disagree: "a whole number from 0 to 90071992547409", "a non-negative finite number",
 * "a margin above 0 and at most 200", "a finite number".
 */
export function describeRule(rule: NumberRule): string {
  const { min = -Infinity, above, max = Infinity, below } = rule;
  const noun = rule.noun ?? (rule.integer ? "an integer" : "a number");
  if (above !== undefined && below !== undefined) return `${noun} strictly between ${above} and ${below}`;
  if (above !== undefined)
    return max === Infinity ? `${noun} above ${above}` : `${noun} above ${above} and at most ${max}`;
  if (min === -Infinity)
    return max === Infinity ? `${noun === "a number" ? "a finite number" : noun}` : `${noun} of at most ${max}`;
  if (max === Infinity)
    return min === 0 && noun === "a number" ? "a non-negative finite number" : `${noun} of at least ${min}`;
  return `${noun} from ${min} to ${max}`;
}

/**
 * Returns `value` (with `-0` made `0`) if it is a number that keeps `rule`; otherwise throws with
 * the code of its first fault: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`, then
 * `rule.belowCode` (default `out-of-range`) below the lower bound or `out-of-range` above the upper.
 */
export function readNumber(metric: string, field: string, value: unknown, rule: NumberRule): number {
  let code: CxMetricsErrorCode | undefined;
  if (typeof value !== "number") code = "wrong-type";
  else if (Number.isNaN(value)) code = "not-a-number";
  else if (!Number.isFinite(value)) code = "not-finite";
  else if (rule.integer && !Number.isInteger(value)) code = "not-integer";
  else if (rule.above !== undefined ? value <= rule.above : value < (rule.min ?? -Infinity)) {
    code = rule.belowCode ?? "out-of-range";
  } else if (rule.below !== undefined ? value >= rule.below : value > (rule.max ?? Infinity)) {
    code = "out-of-range";
  }
  if (code !== undefined) fail({ code, metric, field, expected: describeRule(rule), received: value });
  return withoutNegativeZero(value as number);
}

const COUNT: NumberRule = { min: 0, max: MAX_COUNT, integer: true, noun: "a whole number", belowCode: "negative" };
const AMOUNT: NumberRule = { min: 0, belowCode: "negative" };
const PERCENT: NumberRule = { min: 0, max: 100, noun: "a percentage", belowCode: "negative" };
const PROBABILITY: NumberRule = { min: 0, max: 1, noun: "a probability" };
const FINITE: NumberRule = {};

/** A count: a whole number from 0 to `MAX_COUNT`. */
export function readCount(metric: string, field: string, value: unknown): number {
  return readNumber(metric, field, value, COUNT);
}

/** An amount of money, a weight or a duration: a non-negative finite number. */
export function readAmount(metric: string, field: string, value: unknown): number {
  return readNumber(metric, field, value, AMOUNT);
}

/** A share: a percentage from 0 to 100. */
export function readPercent(metric: string, field: string, value: unknown): number {
  return readNumber(metric, field, value, PERCENT);
}

/** A probability from 0 to 1. */
export function readProbability(metric: string, field: string, value: unknown): number {
  return readNumber(metric, field, value, PROBABILITY);
}

/** Any finite number. */
export function readFinite(metric: string, field: string, value: unknown): number {
  return readNumber(metric, field, value, FINITE);
}

/** A record: an object with named fields (not `null`, not an array). */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Returns `value` as a record of named fields, or throws `wrong-type`. With `known`, a field the
 * library does not define is an `unknown-field` error that suggests the nearest known name (such a
 * field is named as the caller wrote it: bare for the top-level input, `field` `"input"`;
 * `options.confidenc` within options; `.amout` relative to an item), and the result is a copy of
 * the known fields, each read from `value` exactly once: a getter or a proxy that answers
 * differently on a second read cannot slip an unvalidated value past the readers.
 */
export function readRecord(metric: string, field: string, value: unknown, known?: readonly string[]): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail({ code: "wrong-type", metric, field, expected: "an object with named fields", received: value });
  }
  // A Map's entries are not fields: read as a record, every field of it would be missing.
  if (value instanceof Map || value instanceof Set) {
    const expected = "an object with named fields, not a Map or Set";
    fail({ code: "wrong-type", metric, field, expected, received: value });
  }
  if (known === undefined) return value as Fields;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) failUnknownField(metric, field, value, key, known);
  }
  const fields: Record<string, unknown> = {};
  for (const key of known) fields[key] = (value as Fields)[key];
  return fields;
}

/** The options object: `{}` when it is `undefined`; otherwise read as a record named `options`. */
export function readOptions(metric: string, value: unknown, known?: readonly string[]): Fields {
  return value === undefined ? {} : readRecord(metric, "options", value, known);
}

/**
 * Throws `unknown-field` for the field `key` of `record`, named as the caller wrote it, with the
 * value found there as `received` (read from its descriptor, so a getter is not called: it is
 * `undefined` for an accessor).
 */
function failUnknownField(metric: string, field: string, record: object, key: string, known: readonly string[]): never {
  const nearest = nearestName(key, known);
  // The top-level input's fields are named bare; an item's relative to it (`.key`, see forEachItem).
  const path = field === "input" ? key : `${field}.${key}`;
  const expected =
    nearest === undefined ? `absent (known fields: ${known.join(", ")})` : `absent (did you mean \`${nearest}\`?)`;
  const received: unknown = Object.getOwnPropertyDescriptor(record, key)?.value;
  return fail({ code: "unknown-field", metric, field: path, expected, received });
}

/**
 * The known name closest to `name`: one that begins with it or that it begins with (`discount`
 * for `discountPercent`), else the nearest by edit distance if that is close (at most a third of
 * its length).
 */
function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const prefix = known.find((candidate) => {
    const other = candidate.toLowerCase();
    return Math.min(lower.length, other.length) >= 3 && (other.startsWith(lower) || lower.startsWith(other));
  });
  if (prefix !== undefined) return prefix;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(substitution, previous[j]! + 1, row[j - 1]! + 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** A boolean option; `fallback` when it is absent. */
export function readBoolean(metric: string, field: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") fail({ code: "wrong-type", metric, field, expected: "a boolean", received: value });
  return value;
}

/** A primitive string. */
export function readString(metric: string, field: string, value: unknown): string {
  if (typeof value !== "string") fail({ code: "wrong-type", metric, field, expected: "a string", received: value });
  return value;
}

/** One of `choices` (primitive strings, compared without coercion); `fallback` when absent, if given. */
export function readChoice<C extends string>(
  metric: string,
  field: string,
  value: unknown,
  choices: readonly C[],
  fallback?: C,
): C {
  if (value === undefined && fallback !== undefined) return fallback;
  if (!choices.includes(value as C)) {
    fail({ code: "out-of-range", metric, field, expected: `one of ${choices.join(", ")}`, received: value });
  }
  return value as C;
}

const MS_PER_DAY = 86_400_000;

/**
 * A Date's time by the built-in method, which checks the Date's internal slot: `undefined` for an
 * object that only looks like a Date (a Proxy around one, an object made from Date.prototype).
 */
export function timeOf(value: Date): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as its UTC day number (whole days since 1970-01-01): a valid `Date` (its UTC
 * calendar day; the time of day is dropped) or a strict ISO-8601 `YYYY-MM-DD` string naming a
 * real day. Anything else is `wrong-type` (not a date or such a string) or `out-of-range` (a
 * string naming no day, such as `2026-02-30`, or an invalid `Date`).
 */
export function readDate(metric: string, field: string, value: unknown): number {
  const expected = "a Date or a YYYY-MM-DD string";
  if (value instanceof Date) {
    const ms = timeOf(value);
    if (ms === undefined) return fail({ code: "wrong-type", metric, field, expected, received: value });
    if (Number.isNaN(ms)) fail({ code: "out-of-range", metric, field, expected: "a valid Date", received: value });
    return Math.floor(ms / MS_PER_DAY);
  }
  if (typeof value !== "string") return fail({ code: "wrong-type", metric, field, expected, received: value });
  const match = ISO_DATE.exec(value);
  if (match === null) return fail({ code: "wrong-type", metric, field, expected, received: value });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  const ms = check.getTime();
  if (month < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    fail({ code: "out-of-range", metric, field, expected: "a real calendar day", received: value });
  }
  return Math.floor(ms / MS_PER_DAY);
}
