import { fail } from "./fail.js";
import { checkKnownFields } from "./knownFields.js";
import { MAX_COUNT } from "./limits.js";
import { readScaleOf, type Scale } from "./ratingScale.js";
import { readCount } from "./readers.js";

const TALLY_FIELDS = ["min", "max", "counts"];

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
export function readTally(metric: string, field: string, value: unknown, scale?: Scale, totalField?: string): Tally {
  checkKnownFields(metric, field, value, TALLY_FIELDS);
  // Each field read once, in the order of TALLY_FIELDS (as readRecord's copy read them).
  const { min, max, counts: givenCounts } = value;
  const expectedScale = scale ?? readScaleOf(metric, field, { min, max });
  const bounds = { min, max };
  for (const bound of ["min", "max"] as const) {
    if (bounds[bound] !== expectedScale[bound]) {
      fail({
        code: "inconsistent",
        metric,
        field: `${field}.${bound}`,
        expected: `${expectedScale[bound]}: a tally on ${expectedScale.min} to ${expectedScale.max}`,
        received: bounds[bound],
      });
    }
  }
  const counts = readCountsArray(metric, field, givenCounts, expectedScale.max - expectedScale.min + 1);
  let total = 0;
  for (const count of counts) total += count;
  if (total > MAX_COUNT) {
    fail({
      code: "out-of-range",
      metric,
      field: totalField ?? `${field}.counts`,
      expected: `counts that add up to at most ${MAX_COUNT}`,
      received: total,
    });
  }
  return { scale: expectedScale, counts, total };
}

/**
 * The `counts` array of the tally `field`: exactly `size` counts, returned as a new array of the
 * values read (each element read once, so the counts used are the counts validated). Names
 * (`field.counts[k]`) are built only when a count fails: building them for every count made
 * `mergeTallies` of 100,000 tallies about 40x a plain loop (bench/tallies.bench.mjs, `npm run bench`).
 */
function readCountsArray(metric: string, field: string, counts: unknown, size: number): readonly number[] {
  if (!Array.isArray(counts)) {
    fail({
      code: "wrong-type",
      metric,
      field: `${field}.counts`,
      expected: `an array of ${size} counts`,
      received: counts,
    });
  }
  if (counts.length !== size) {
    // Counts and scale contradict each other: one count a rating, from min to max.
    fail({
      code: "inconsistent",
      metric,
      field: `${field}.counts`,
      expected: `an array of ${size} counts, one a rating of the scale`,
      received: counts,
    });
  }
  // By index, so a hole reads `undefined` and is rejected rather than skipped.
  const read = new Array<number>(size);
  for (let k = 0; k < size; k++) {
    const count: unknown = counts[k];
    read[k] = isCount(count) ? count : readCount(metric, `${field}.counts[${k}]`, count);
  }
  return read;
}

/** Whether `value` is a count as `readCount` accepts it: a whole number from 0 to `MAX_COUNT`. */
function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}
