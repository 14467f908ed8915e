/**
 * What went wrong, as a machine-readable code.
 *
 * - `wrong-type`: not a number (or not an object, array, iterable...) where one was expected,
 *   including `null`, `undefined`, strings, holes in arrays and missing fields.
 * - `not-a-number`: the value is `NaN`.
 * - `not-finite`: the value is `Infinity` or `-Infinity`.
 * - `not-integer`: a count or a rating has a fractional part.
 * - `negative`: a count, amount or weight is below zero.
 * - `out-of-range`: a value lies outside its allowed range (a score off the scale, a percentage
 *   above 100, a count above 90,071,992,547,409, an unknown option value).
 * - `inconsistent`: values that are fine alone contradict each other (more renewals than
 *   eligible customers, a scale whose minimum is above its maximum).
 * - `unknown-field`: an input or options object has a field the function does not define (often
 *   a misspelling; the message suggests the nearest known name). `received` is the value found in
 *   the field (`undefined` for a getter, which is not called).
 *
 * @category Errors
 */
export type CxMetricsErrorCode =
  | "wrong-type"
  | "not-a-number"
  | "not-finite"
  | "not-integer"
  | "negative"
  | "out-of-range"
  | "inconsistent"
  | "unknown-field";

/**
 * The fields that describe a {@link CxMetricsError}.
 *
 * @category Errors
 */
export interface CxMetricsErrorDetails {
  /** What went wrong. */
  readonly code: CxMetricsErrorCode;
  /** The public function that rejected its input, for example `"computeNps"`. */
  readonly metric: string;
  /** The input field at fault, with its index for collections, for example `"scores[3]"`. */
  readonly field: string;
  /** What the field must be, in words, for example `"an integer from 0 to 10"`. */
  readonly expected: string;
  /** The value received (the raw value, not a copy). */
  readonly received: unknown;
}

/** The brand every `CxMetricsError` carries, shared by every copy of the library in one realm. */
const BRAND: unique symbol = Symbol.for("cx-metrics.CxMetricsError") as never;

/**
 * The one error every cx-metrics function throws for bad data.
 *
 * Its fields say what went wrong in a form a program can act on (`code`, `field`) and its
 * message says it in words: `"<metric>: <field> must be <expected>, received <value>"`. The
 * message is bounded and built without running the caller's code: long strings are cut (with
 * their length), objects are named by kind. `received` keeps the raw value.
 * A zero denominator is not an error: functions return `undefined` for no data.
 *
 * `error instanceof CxMetricsError` holds for errors from either build of the package (an app
 * that loads both the ESM and the CommonJS build has two copies of the class): the check looks
 * for a brand that every copy shares.
 *
 * @example
 * let caught: unknown;
 * try { computeNps([10, 9, 11]); } catch (error) { caught = error; }
 * caught instanceof CxMetricsError; // => true
 * if (!(caught instanceof CxMetricsError)) throw caught;
 * caught.code; // => "out-of-range"
 * caught.field; // => "scores[2]"
 * caught.message; // => "computeNps: scores[2] must be an integer from 0 to 10, received 11"
 *
 * @category Errors
 */
export class CxMetricsError extends Error implements CxMetricsErrorDetails {
  /** What went wrong. */
  declare readonly code: CxMetricsErrorCode;
  /** The public function that rejected its input. */
  declare readonly metric: string;
  /** The input field at fault, with its index for collections. */
  declare readonly field: string;
  /** What the field must be, in words. */
  declare readonly expected: string;
  /** The value received. */
  declare readonly received: unknown;

  /** Builds the error and its message from its details. */
  constructor(details: CxMetricsErrorDetails) {
    super(`${details.metric}: ${details.field} must be ${details.expected}, received ${describe(details.received)}`);
    this.name = "CxMetricsError";
    const { code, metric, field, expected, received } = details;
    Object.assign(this, { code, metric, field, expected, received });
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for a `CxMetricsError` from any copy of the library (ESM or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

/** `Array.isArray`, which throws for a revoked proxy: such an object is described as an object. */
function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The longest string shown in a message; longer ones are cut and their length given. */
const MAX_SHOWN = 80;

/**
 * A short rendering of any value for an error message, bounded in length and computed without
 * calling the caller's code (no `toString`, no getters, no proxy traps).
 */
function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN
        ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}... (${value.length} characters)`
        : JSON.stringify(value);
    case "bigint":
      return `${value}n`;
    case "symbol": {
      // String() of a symbol reads its description directly, running no code of the caller's.
      const text = String(value);
      return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}... (${text.length} characters)` : text;
    }
    case "function":
      return "a function";
    case "object":
      if (value === null) return "null";
      return isArray(value) ? "an array" : "an object";
    default:
      return String(value);
  }
}
