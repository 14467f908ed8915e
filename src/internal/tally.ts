import type { RatingTally } from "../tally/ratingTally.js";
import { count, fail, MAX_COUNT, record } from "./check.js";
import { type Scale, scaleOption, tallyRatings } from "./ratings.js";

/** True for a plain object that carries `counts`: the tally form of a survey input. */
export function isTally(value: unknown): boolean {
  return typeof value === "object" && value !== null && "counts" in value;
}

/**
 * Reads a tally: its scale (whole numbers, `max` above `min`; it must equal `scale` when that is
 * given), and `counts`, an array of exactly `max - min + 1` counts whose total is itself a valid
 * count. Returns the scale and the counts.
 */
export function readTally(metric: string, field: string, value: unknown, scale?: Scale): { scale: Scale; counts: readonly number[] } {
  const t = record(metric, field, value);
  const read = tallyOn(metric, field, t, scale ?? scaleOption(metric, t, scale as unknown as Scale, field));
  const total = read.counts.reduce((sum, c) => sum + c, 0);
  if (total > MAX_COUNT) fail("out-of-range", metric, `${field}.counts`, `counts that add up to at most ${MAX_COUNT}`, total);
  return read;
}

/**
 * Reads the counts of tally `t`, which must be on `scale`: each a valid count. Their total is the
 * caller's to check (`readTally` does; `npsCounts` checks its number of responses).
 */
export function tallyOn(
  metric: string,
  field: string,
  t: Readonly<Record<string, unknown>>,
  scale: Scale,
): { scale: Scale; counts: readonly number[] } {
  if (t["min"] !== scale.min || t["max"] !== scale.max) {
    fail("inconsistent", metric, `${field}.min`, `a tally on ${scale.min} to ${scale.max}`, `${t["min"]} to ${t["max"]}`);
  }
  const counts = t["counts"];
  const size = scale.max - scale.min + 1;
  if (!Array.isArray(counts) || counts.length !== size) {
    fail("wrong-type", metric, `${field}.counts`, `an array of ${size} counts`, counts);
  }
  (counts as unknown[]).forEach((c, k) => count(metric, `${field}.counts[${k}]`, c));
  return { scale, counts: counts as number[] };
}

/**
 * The counts of a survey input on its scale: from a tally (which must be on `scaleValue` when
 * that option is given) or by counting raw ratings on `scaleValue` (default `fallback`).
 */
export function countRatings(
  metric: string,
  input: unknown,
  scaleValue: unknown,
  fallback: Scale,
): { scale: Scale; counts: ArrayLike<number> } {
  if (isTally(input)) {
    return readTally(metric, "tally", input, scaleValue === undefined ? undefined : scaleOption(metric, scaleValue, fallback));
  }
  const scale = scaleOption(metric, scaleValue, fallback);
  return { scale, counts: tallyRatings(metric, "ratings", input, scale) };
}
