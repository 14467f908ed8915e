import { fail } from "./fail.js";
import { MAX_COUNT } from "./limits.js";
import { readScaleOf, type Scale } from "./ratingScale.js";
import { type Fields, readCount, readRecord } from "./readers.js";

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
 * `field.counts`). The counts returned are a new array of the values read (each element read
 * once, so the counts used are the counts validated).
 */
export function readTally(metric: string, field: string, value: unknown, scale?: Scale, totalField?: string): Tally {
  // Each field read once, in the order of TALLY_FIELDS (as readRecord's copy read them).
  const { min, max, counts: given } = tallyFields(metric, field, value);
  const expected = scale ?? readScaleOf(metric, field, { min, max });
  checkBounds(metric, field, min, max, expected);
  const counts = new Array<number>(expected.max - expected.min + 1).fill(0);
  const total = addCounts(metric, field, given, counts, totalField);
  return { scale: expected, counts, total };
}

/**
 * Reads the tally `value` named `field`, which must be on `scale`, as {@link readTally} does, but
 * adds its counts into `into` (one per rating of the scale) instead of copying them, and returns
 * their total. Nothing is allocated: `mergeTallies` reads 100,000 tallies in about the time of a
 * plain loop that adds them up (bench/tallies.bench.mjs, `npm run bench`).
 */
export function addTally(metric: string, field: string, value: unknown, scale: Scale, into: number[]): number {
  const { min, max, counts } = tallyFields(metric, field, value);
  checkBounds(metric, field, min, max, scale);
  return addCounts(metric, field, counts, into);
}

/**
 * `value` itself when it is a record whose own keys are all tally fields; otherwise `readRecord`
 * names what is wrong (not a record, or the first unknown field with a suggestion).
 */
function tallyFields(metric: string, field: string, value: unknown): Fields {
  return hasOnlyTallyFields(value) ? value : readRecord(metric, field, value, TALLY_FIELDS);
}

/**
 * Whether `value` is a record whose own keys are all tally fields. Written out as comparisons, the
 * check costs about a third of a general one (`Array.prototype.includes` over the known names),
 * which was most of what separated `mergeTallies` from a plain loop (37 against 47 ns a tally in
 * a scratch benchmark of 100,000 tallies).
 */
// A `false` from this check only sends the tally to `readRecord`, which checks it in full with the
// same outcome: mutants that make it answer `false` more often are equivalent (mutation testing).
// Stryker disable next-line BlockStatement: equivalent, see above
function hasOnlyTallyFields(value: unknown): value is Fields {
  // Stryker disable next-line StringLiteral: equivalent, see above
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) {
    // Stryker disable next-line LogicalOperator,StringLiteral: equivalent, see above
    if (key !== "min" && key !== "max" && key !== "counts" && Object.hasOwn(value, key)) return false;
  }
  // Stryker disable next-line BooleanLiteral: equivalent, see above
  return true;
}

/** Throws `inconsistent` naming `field.min` or `field.max` when a tally's bound is not `scale`'s. */
function checkBounds(metric: string, field: string, min: unknown, max: unknown, scale: Scale): void {
  const bad = min !== scale.min ? "min" : max !== scale.max ? "max" : undefined;
  if (bad === undefined) return;
  fail({
    code: "inconsistent",
    metric,
    field: `${field}.${bad}`,
    expected: `${scale[bad]}: a tally on ${scale.min} to ${scale.max}`,
    received: bad === "min" ? min : max,
  });
}

/**
 * Adds the `counts` of the tally `field` into `into`: exactly `into.length` counts whose total is
 * itself a count, which is returned. Names (`field.counts[k]`) are built only when a count fails:
 * building them for every count made `mergeTallies` of 100,000 tallies about 40x a plain loop.
 */
function addCounts(metric: string, field: string, counts: unknown, into: number[], totalField?: string): number {
  const size = into.length;
  if (!Array.isArray(counts) || counts.length !== size) failCountsArray(metric, field, counts, size);
  let total = 0;
  // The bound as a local: read from the module (a `var` once bundled) in every test, it made
  // mergeTallies about 6 % slower (measured).
  const maxCount = MAX_COUNT;
  // By index, so a hole reads `undefined` and is rejected rather than skipped.
  for (let k = 0; k < size; k++) {
    const count: unknown = counts[k];
    // A count isSmallCount turns away is checked in full by isCount (and named by readCount, which
    // accepts what isCount accepts): mutants that turn more away are equivalent (mutation testing).
    // Stryker disable next-line LogicalOperator: equivalent, see above
    if (!isSmallCount(count) && !isCount(count, maxCount)) readCount(metric, `${field}.counts[${k}]`, count);
    into[k]! += count as number;
    total += count as number;
  }
  if (total > maxCount) failTotal(metric, field, total, totalField);
  return total;
}

/**
 * Throws for `counts` that are not an array of `size` counts: `wrong-type` for no array,
 * `inconsistent` for another length (counts and scale contradict each other: one count a rating).
 * Out of line, so that `addCounts` stays small enough for V8 to inline into `mergeTallies`' loop.
 */
function failCountsArray(metric: string, field: string, counts: unknown, size: number): never {
  const isArray = Array.isArray(counts);
  return fail({
    code: isArray ? "inconsistent" : "wrong-type",
    metric,
    field: `${field}.counts`,
    expected: isArray ? `an array of ${size} counts, one a rating of the scale` : `an array of ${size} counts`,
    received: counts,
  });
}

/** Throws `out-of-range` for counts whose total is beyond `MAX_COUNT`, naming `totalField`. */
function failTotal(metric: string, field: string, total: number, totalField: string | undefined): never {
  return fail({
    code: "out-of-range",
    metric,
    field: totalField ?? `${field}.counts`,
    expected: `counts that add up to at most ${MAX_COUNT}`,
    received: total,
  });
}

/**
 * Whether `value` is a whole number from 0 to 2^32 - 1: one unsigned conversion and one
 * comparison, which accepts no `NaN`, fraction, negative or string. The `typeof` comes first so
 * that an object's `valueOf` is never called. Every count of a real tally passes this test;
 * `mergeTallies` of 100,000 tallies took 49 ns a tally with the general test alone.
 */
// Stryker disable next-line BlockStatement: equivalent (a `false` sends the count to isCount)
function isSmallCount(value: unknown): value is number {
  // Stryker disable next-line StringLiteral: equivalent (a `false` sends the count to isCount)
  return typeof value === "number" && value >>> 0 === value;
}

/** Whether `value` is a count: a whole number from 0 to `maxCount`. */
function isCount(value: unknown, maxCount: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= maxCount;
}
