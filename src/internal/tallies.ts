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
  if (fields["min"] !== expectedScale.min || fields["max"] !== expectedScale.max) {
    fail({
      code: "inconsistent",
      metric,
      field: `${field}.min`,
      expected: `a tally on ${expectedScale.min} to ${expectedScale.max}`,
      received: `${String(fields["min"])} to ${String(fields["max"])}`,
    });
  }
  const counts = readCountsArray(metric, `${field}.counts`, fields, expectedScale.max - expectedScale.min + 1);
  let total = 0;
  for (const count of counts) total += count;
  if (total > MAX_COUNT) {
    fail({ code: "out-of-range", metric, field: totalField, expected: `counts that add up to at most ${MAX_COUNT}`, received: total });
  }
  return { scale: expectedScale, counts, total };
}

/** The `counts` array of a tally: exactly `size` counts. */
function readCountsArray(metric: string, field: string, fields: Fields, size: number): readonly number[] {
  const counts = fields["counts"];
  if (!Array.isArray(counts) || counts.length !== size) {
    fail({ code: "wrong-type", metric, field, expected: `an array of ${size} counts`, received: counts });
  }
  // By index, so a hole reads `undefined` and is rejected rather than skipped.
  for (let k = 0; k < size; k++) readCount(metric, `${field}[${k}]`, counts[k]);
  return counts as readonly number[];
}
