/**
 * What went wrong, as a machine-readable code.
 *
 * - `wrong-type`: not a number (or not an object, array, iterable...) where one was expected,
 *   including `null`, `undefined`, strings, holes in arrays and missing or unknown fields.
 * - `not-a-number`: the value is `NaN`.
 * - `not-finite`: the value is `Infinity` or `-Infinity`.
 * - `not-integer`: a count or a rating has a fractional part.
 * - `negative`: a count, amount or weight is below zero.
 * - `out-of-range`: a value lies outside its allowed range (a score off the scale, a percentage
 *   above 100, a count above `Number.MAX_SAFE_INTEGER`, an unknown option value).
 * - `inconsistent`: values that are fine alone contradict each other (more renewals than
 *   eligible customers, a scale whose minimum is above its maximum).
 * - `unknown-field`: an input or options object has a field the function does not define (often
 *   a misspelling; the message suggests the nearest known name). `received` is the field's name.
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

/**
 * The one error every cx-metrics function throws for bad data.
 *
 * Its fields say what went wrong in a form a program can act on (`code`, `field`) and its
 * message says it in words: `"<metric>: <field> must be <expected>, received <value>"`.
 * A zero denominator is not an error: functions return `undefined` for no data.
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
    Object.assign(this, details);
  }
}

/** A short, safe rendering of any value for an error message. */
function describe(value: unknown): string {
  return typeof value === "string"
    ? JSON.stringify(value)
    : typeof value === "object" && value
      ? Array.isArray(value)
        ? "an array"
        : "an object"
      : String(value) + (typeof value === "bigint" ? "n" : "");
}
