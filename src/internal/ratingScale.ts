import { fail } from "./fail.js";
import { readNumber, readRecord } from "./readers.js";

/** An inclusive scale of whole-number ratings. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/** The NPS scale: whole numbers from 0 to 10. */
export const NPS_SCALE: Scale = { min: 0, max: 10 };

/** The widest scale accepted (`max - min`), which bounds the memory a tally takes. */
const MAX_SPAN = 1000;

/** The bounds a scale's ends may take. */
const BOUND = { min: -1e9, max: 1e9, integer: true } as const;

/** Whether `value` is a rating on `scale`: a whole number from `scale.min` to `scale.max`. */
export function isRatingOn(value: unknown, scale: Scale): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** Returns `value` if it is a rating on `scale`; otherwise throws naming `field`. */
export function readRating(metric: string, field: string, value: unknown, scale: Scale): number {
  return readNumber(metric, field, value, { min: scale.min, max: scale.max, integer: true });
}

/**
 * Reads the scale of the record `fields` named `field` (an options' `scale`, or a tally): whole
 * numbers `min` and `max`, with `max` above `min` by 1 to 1,000.
 */
export function readScaleOf(metric: string, field: string, fields: Readonly<Record<string, unknown>>): Scale {
  const min = readNumber(metric, `${field}.min`, fields["min"], BOUND);
  const max = readNumber(metric, `${field}.max`, fields["max"], BOUND);
  if (max <= min || max - min > MAX_SPAN) {
    fail({
      code: "inconsistent",
      metric,
      field: `${field}.max`,
      expected: `above ${field}.min (${min}) by 1 to ${MAX_SPAN}`,
      received: max,
    });
  }
  return { min, max };
}

/** Reads the `scale` option (named `options.scale`), or returns `fallback` when it is absent. */
export function readScaleOption(metric: string, value: unknown, fallback: Scale): Scale {
  if (value === undefined) return fallback;
  return readScaleOf(metric, "options.scale", readRecord(metric, "options.scale", value, ["min", "max"]));
}
