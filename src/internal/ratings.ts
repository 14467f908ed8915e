import type { RatingScale } from "../survey/ratingScale.js";
import { count, fail, num, record } from "./check.js";

/** A validated rating scale. */
export type Scale = RatingScale;

/** The widest scale accepted (max - min), which bounds the memory a tally takes. */
const MAX_SPAN = 1000;

/**
 * Reads a scale (`{ min, max }` whole numbers, min below max by at most 1,000) named `field`, or
 * returns `fallback` when it is absent.
 */
export function scaleOption(metric: string, value: unknown, fallback: Scale, field = "options.scale"): Scale {
  if (value === undefined) return fallback;
  const s = record(metric, field, value);
  const bound = (key: string): number =>
    num(metric, `${field}.${key}`, s[key], -1e9, 1e9, true, "an integer from -1e9 to 1e9");
  const min = bound("min");
  const max = bound("max");
  if (max <= min || max - min > MAX_SPAN) {
    fail("inconsistent", metric, `${field}.max`, `above ${field}.min (${min}) by 1 to ${MAX_SPAN}`, max);
  }
  return { min, max };
}

/** Validates a whole-number option that must lie on `scale`. */
export function ratingOption(metric: string, field: string, value: unknown, scale: Scale): number {
  return num(metric, field, value, scale.min, scale.max, true, `an integer from ${scale.min} to ${scale.max}`);
}

/**
 * What {@link lengthOf} returns for inputs without a length: `Shape.Iterable` for an iterable
 * that is not array-like, `Shape.Counts` for a plain object when `counts` allows it. A const
 * enum, so the bundler writes the numbers in place.
 */
export const enum Shape {
  Iterable = -1,
  Counts = -2,
}

/**
 * The length of an array-like input (validated as a count), `Shape.Iterable` for any other iterable
 * object, and `Shape.Counts` for any other object when `counts` is true (an input of named counts).
 * Throws `wrong-type` for everything else.
 */
export function lengthOf(metric: string, field: string, input: unknown, counts?: boolean): number {
  if (typeof input === "object" && input !== null) {
    const length = (input as { length?: unknown }).length;
    if (typeof length === "number") return count(metric, `${field}.length`, length);
    if (Symbol.iterator in input) return Shape.Iterable;
    if (counts) return Shape.Counts;
  }
  return fail("wrong-type", metric, field, "an array or iterable", input);
}

/**
 * Counts whole-number ratings on `scale` in one pass without copying: `counts[k]` is the number
 * of ratings equal to `scale.min + k`. Any rating that is not a whole number on the scale throws,
 * naming its index. Array-likes are read by index, other iterables by iteration.
 */
export function tallyRatings(metric: string, field: string, input: unknown, scale: Scale): Float64Array {
  const { min, max } = scale;
  const counts = new Float64Array(max - min + 1);
  const n = lengthOf(metric, field, input);
  let i = 0;
  if (n === Shape.Iterable) {
    for (const s of input as Iterable<unknown>) {
      if (typeof s !== "number" || !(s >= min && s <= max && s % 1 === 0)) throw ratingOption(metric, `${field}[${i}]`, s, scale);
      counts[(s as number) - min]!++;
      i++;
    }
  }
  const ratings = input as ArrayLike<unknown>;
  for (; i < n; i++) {
    const s = ratings[i];
    if (typeof s !== "number" || !(s >= min && s <= max && s % 1 === 0)) break;
    counts[s - min]!++;
  }
  if (i < n) ratingOption(metric, `${field}[${i}]`, ratings[i], scale);
  return counts;
}

/** Throws for the first rating in `ratings[from..to)` that is off `scale`, if any. */
export function firstBadRating(
  metric: string,
  field: string,
  ratings: ArrayLike<unknown>,
  from: number,
  to: number,
  scale: Scale,
): void {
  for (let i = from; i < to; i++) ratingOption(metric, `${field}[${i}]`, ratings[i], scale);
}

/**
 * The items of a collection of records (subscriptions, components, rows, tallies): any iterable
 * object, read by iteration (arrays, sets, generators); anything else throws `wrong-type`.
 */
export function itemsOf(metric: string, field: string, input: unknown): Iterable<unknown> {
  if (typeof input !== "object" || input === null || !(Symbol.iterator in input)) {
    fail("wrong-type", metric, field, "an array or iterable", input);
  }
  return input as Iterable<unknown>;
}
