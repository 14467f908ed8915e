import { fail } from "./fail.js";
import { MAX_COUNT } from "./limits.js";
import { readScaleOf, type Scale } from "./ratingScale.js";
import { type Fields, readCount, readRecord } from "./readers.js";

/** A validated tally: its scale and its counts, one per rating from `scale.min` to `scale.max`. */
export interface Tally {
  readonly scale: Scale;
  readonly counts: readonly number[];
  /** The sum of the counts, at most `MAX_COUNT`. */
  readonly total: number;
}

/**
 * Reads a tally named `field`: its scale (whole numbers, `max` above `min`), which must equal
 * `scale` when that is given, and `counts`, an array of exactly `max - min + 1` counts whose total
 * is itself a count. A total too large is `out-of-range` naming `totalField` (default
 * `field.counts`).
 */
export function readTally(
  metric: string,
  field: string,
  value: unknown,
  scale?: Scale,
  totalField = `${field}.counts`,
): Tally {
  const fields = readRecord(metric, field, value, ["min", "max", "counts"]);
  const expectedScale = scale ?? readScaleOf(metric, field, fields);
  for (const bound of ["min", "max"] as const) {
    if (fields[bound] !== expectedScale[bound]) {
      fail({
        code: "inconsistent",
        metric,
        field: `${field}.${bound}`,
        expected: `${expectedScale[bound]}: a tally on ${expectedScale.min} to ${expectedScale.max}`,
        received: fields[bound],
      });
    }
  }
  const counts = readCountsArray(metric, `${field}.counts`, fields, expectedScale.max - expectedScale.min + 1);
  let total = 0;
  for (const count of counts) total += count;
  if (total > MAX_COUNT) {
    fail({ code: "out-of-range", metric, field: totalField, expected: `counts that add up to at most ${MAX_COUNT}`, received: total });
  }
  return { scale: expectedScale, counts, total };
}

/**
 * The `counts` array of a tally: exactly `size` counts, returned as a new array of the values
 * read (each element read once, so the counts used are the counts validated).
 */
function readCountsArray(metric: string, field: string, fields: Fields, size: number): readonly number[] {
  const counts = fields["counts"];
  if (!Array.isArray(counts)) fail({ code: "wrong-type", metric, field, expected: `an array of ${size} counts`, received: counts });
  if (counts.length !== size) {
    // Counts and scale contradict each other: one count a rating, from min to max.
    fail({ code: "inconsistent", metric, field, expected: `an array of ${size} counts, one a rating of the scale`, received: counts });
  }
  // By index, so a hole reads `undefined` and is rejected rather than skipped.
  const read = new Array<number>(size);
  for (let k = 0; k < size; k++) read[k] = readCount(metric, `${field}[${k}]`, counts[k]);
  return read;
}
