import { CxMetricsError } from "../errors.js";
import { ADJUST_METHODS, adjustSorted } from "./adjust.js";
import { fail } from "./fail.js";
import { normalCdf } from "./normalDistribution.js";
import { type Fields, readChoice, readNumber, readRecord } from "./readers.js";
import { withoutNegativeZero } from "./results.js";

/**
 * What the segment and trend functions need to know about one metric: how to read one group's
 * input into counts, and the score, interval, comparison and spread of counts. The public
 * function builds it after reading its options, so the options are captured here.
 */
export interface Family<C> {
  /** The public function, for errors. */
  readonly metric: string;
  /** Reads one group's input (named `field` in errors) into validated counts. */
  read(value: unknown, field: string): C;
  /** The number of responses behind counts. */
  responses(c: C): number;
  /** The score of counts (NPS points or a percentage); `undefined` without responses. */
  score(c: C): number | undefined;
  /** The counts of two groups together. */
  merge(a: C, b: C): C;
  /** The counts of `a` without those of `b` (which are part of `a`). */
  without(a: C, b: C): C;
  /** The confidence interval of the score of counts; `undefined` without responses. */
  interval(c: C): { lower: number | undefined; upper: number | undefined } | undefined;
  /** The change from `a` to `b` and the two-sided p-value of "no change"; `undefined` unless both have responses. */
  compare(a: C, b: C): { difference: number; pValue: number | undefined } | undefined;
  /** The standard deviation of one response's score under `pooled` counts, in score units. */
  spread(pooled: C): number;
  /** The score's smallest and largest possible values. */
  readonly range: readonly [number, number];
}

/** One named group of the input: a segment or a period. */
export interface Entry {
  readonly name: string;
  readonly value: unknown;
  readonly field: string;
}

/** `segments.north` for names that are identifiers, `segments["North America"]` otherwise. */
function fieldOf(field: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${field}.${name}` : `${field}[${JSON.stringify(name)}]`;
}

/**
 * The groups of a `Map` from names to inputs, a plain object of them, or (when `arrays`) an array
 * of them named by their index. Map keys must be strings.
 */
export function entriesOf(metric: string, field: string, input: unknown, arrays: boolean): Entry[] {
  if (input instanceof Map) {
    return [...(input as Map<unknown, unknown>)].map(([name, value]) => {
      if (typeof name !== "string")
        fail({ code: "wrong-type", metric, field: `${field}.keys()`, expected: "string keys", received: name });
      return { name, value, field: fieldOf(field, name) };
    });
  }
  if (arrays && Array.isArray(input)) {
    // By index, so a hole is read as undefined and rejected by the metric's reader, not skipped.
    return Array.from({ length: input.length }, (_, i) => ({
      name: String(i),
      value: input[i],
      field: `${field}[${i}]`,
    }));
  }
  // A Set, a generator or any other iterable is not a record of named groups: reading it as one
  // would find no groups and report no data.
  if (typeof input === "object" && input !== null && Symbol.iterator in input && !Array.isArray(input)) {
    fail({
      code: "wrong-type",
      metric,
      field,
      expected: arrays ? "an array, a Map or an object of groups by name" : "a Map or an object of groups by name",
      received: input,
    });
  }
  const record = readRecord(metric, field, input);
  return Object.keys(record).map((name) => ({ name, value: record[name], field: fieldOf(field, name) }));
}

/** Reads `options.window` or `options.sigmas`: a whole number of periods, or a positive multiple. */
export function readPositive(metric: string, o: Fields, key: string, fallback: number, integer: boolean): number {
  const value = o[key];
  if (value === undefined) return fallback;
  return readNumber(metric, `options.${key}`, value, integer ? { min: 1, max: 1e6, integer } : { above: 0, max: 100 });
}

/**
 * Re-throws an error raised under the generic names `ratings` and `tally` (by the shared rating
 * readers) under the name of the group that failed: `ratings[3]` becomes `segments.north[3]`.
 */
export function renamed<T>(metric: string, field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // Only the rating readers run here, with this metric: their errors name `ratings` or `tally`.
    const m = error instanceof CxMetricsError ? /^(ratings|tally)(.*)/.exec(error.field) : null;
    if (m === null) throw error;
    const { code, expected, received } = error as CxMetricsError;
    return fail({ code, metric, field: field + m[2], expected, received });
  }
}

/**
 * The two-sided p-value of the pooled two-proportion z-test of `xa / na` against `xb / nb`
 * (the score test; the same as R's `prop.test(correct = FALSE)`): `z = (pb - pa) / sqrt(p (1 - p)
 * (1 / na + 1 / nb))` with `p` the pooled share. `undefined` when the pooled share is 0 or 1,
 * where the standard error is 0 and no z exists (as `compareNps` does for Wald).
 */
export function twoProportionPValue(xa: number, na: number, xb: number, nb: number): number | undefined {
  const pooled = (xa + xb) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  return se === 0 ? undefined : Math.min(1, 2 * normalCdf(-Math.abs((xb / nb - xa / na) / se)));
}

/** One segment's row, before the public function names its score field. */
export interface SegmentRow {
  readonly segment: string;
  readonly responses: number;
  readonly score: number | undefined;
  readonly lower: number | undefined;
  readonly upper: number | undefined;
  readonly restResponses: number;
  readonly restScore: number | undefined;
  readonly difference: number | undefined;
  readonly pValue: number | undefined;
  adjustedPValue: number | undefined;
  significant: boolean | undefined;
}

/** The option names every segment function knows. */
export const SEGMENT_OPTIONS = ["confidence", "method", "adjustment", "sortBy", "order"] as const;
const SORT_KEYS = ["input", "segment", "score", "difference", "pValue", "responses"] as const;

/** Reads the options shared by the segment functions (confidence and method are the family's). */
export function segmentOptions(
  metric: string,
  o: Fields,
): {
  adjustment: (typeof ADJUST_METHODS)[number];
  sortBy: (typeof SORT_KEYS)[number];
  descending: boolean;
} {
  const adjustment = readChoice(metric, "options.adjustment", o["adjustment"], ADJUST_METHODS, "holm");
  const sortBy = readChoice(metric, "options.sortBy", o["sortBy"], SORT_KEYS, "input");
  const natural = sortBy === "score" || sortBy === "difference" || sortBy === "responses" ? "descending" : "ascending";
  const order = readChoice(metric, "options.order", o["order"], ["ascending", "descending"] as const, natural);
  return { adjustment, sortBy, descending: order === "descending" };
}

/**
 * Scores every segment, compares it with the respondents of all other segments together, adjusts
 * the p-values of those comparisons for their number, and sorts the rows. `undefined` when no
 * segment has a response.
 */
export function bySegment<C>(
  family: Family<C>,
  entries: readonly Entry[],
  options: ReturnType<typeof segmentOptions> & { alpha: number },
): SegmentRow[] | undefined {
  const counts = entries.map((e) => family.read(e.value, e.field));
  if (counts.length === 0) return undefined;
  const total = counts.reduce((a, b) => family.merge(a, b));
  if (family.responses(total) === 0) return undefined;
  const rows = counts.map((c, i): SegmentRow => {
    const rest = family.without(total, c);
    const n = family.responses(c);
    const restN = family.responses(rest);
    const interval = family.interval(c);
    const comparison = family.compare(rest, c);
    return {
      segment: entries[i]!.name,
      responses: n,
      score: family.score(c),
      lower: interval?.lower,
      upper: interval?.upper,
      restResponses: restN,
      restScore: family.score(rest),
      difference: comparison?.difference,
      pValue: comparison?.pValue,
      adjustedPValue: undefined,
      significant: undefined,
    };
  });
  const tested = rows.filter((r) => r.pValue !== undefined);
  adjustSorted(
    tested.map((r) => r.pValue!),
    options.adjustment,
  ).forEach((p, i) => {
    tested[i]!.adjustedPValue = p;
    tested[i]!.significant = p < options.alpha;
  });
  return options.sortBy === "input" ? rows : sortRows(rows, options.sortBy, options.descending);
}

/** Rows sorted by a key; rows without a value for it go last; ties keep input order. */
function sortRows(
  rows: SegmentRow[],
  key: Exclude<(typeof SORT_KEYS)[number], "input">,
  descending: boolean,
): SegmentRow[] {
  const sign = descending ? -1 : 1;
  const valued = rows.filter((r) => r[key] !== undefined);
  valued.sort((a, b) => {
    const x = a[key]!;
    const y = b[key]!;
    // Segment names are unique, so two names are never equal.
    return sign * (typeof x === "string" ? (x < y ? -1 : 1) : x - (y as number));
  });
  return [...valued, ...rows.filter((r) => r[key] === undefined)];
}

/** One period's row, before the public function names its score fields. */
export interface TrendRow {
  readonly period: string;
  readonly responses: number;
  readonly score: number | undefined;
  readonly lower: number | undefined;
  readonly upper: number | undefined;
  readonly change: number | undefined;
  readonly changePValue: number | undefined;
  readonly windowResponses: number;
  readonly windowScore: number | undefined;
  readonly windowLower: number | undefined;
  readonly windowUpper: number | undefined;
  readonly lowerLimit: number | undefined;
  readonly upperLimit: number | undefined;
  readonly outside: boolean | undefined;
}

/** The option names every trend function knows. */
export const TREND_OPTIONS = ["confidence", "method", "window", "sigmas"] as const;

/**
 * Scores a series of periods: each period with its interval, its change from the period before,
 * the rolling window of `window` periods ending with it (counts merged), and p-chart control
 * limits `centre +/- sigmas * spread / sqrt(n)` from the pooled counts of all periods (clipped to
 * the score's range). `undefined` when no period has a response.
 */
export function trend<C>(
  family: Family<C>,
  entries: readonly Entry[],
  window: number,
  sigmas: number,
): { centre: number; responses: number; rows: TrendRow[] } | undefined {
  const counts = entries.map((e) => family.read(e.value, e.field));
  if (counts.length === 0) return undefined;
  const total = counts.reduce((a, b) => family.merge(a, b));
  const responses = family.responses(total);
  if (responses === 0) return undefined;
  const centre = family.score(total)!;
  const spread = family.spread(total);
  const [min, max] = family.range;
  const rows = counts.map((c, i): TrendRow => {
    const n = family.responses(c);
    const score = family.score(c);
    const interval = family.interval(c);
    const change = i > 0 ? family.compare(counts[i - 1]!, c) : undefined;
    const merged =
      i + 1 >= window ? counts.slice(i + 1 - window, i + 1).reduce((a, b) => family.merge(a, b)) : undefined;
    const windowInterval = merged && family.interval(merged);
    // Limits only for a period with responses (for none, the half-width is infinite), and not
    // from a zero spread (every response of every period alike), where no limits exist.
    const half = (sigmas * spread) / Math.sqrt(n);
    const limited = score !== undefined && spread > 0;
    const lowerLimit = limited ? withoutNegativeZero(Math.max(min, centre - half)) : undefined;
    const upperLimit = limited ? withoutNegativeZero(Math.min(max, centre + half)) : undefined;
    return {
      period: entries[i]!.name,
      responses: n,
      score,
      lower: interval?.lower,
      upper: interval?.upper,
      change: change?.difference,
      changePValue: change?.pValue,
      windowResponses: merged === undefined ? 0 : family.responses(merged),
      windowScore: merged && family.score(merged),
      windowLower: windowInterval?.lower,
      windowUpper: windowInterval?.upper,
      lowerLimit,
      upperLimit,
      outside: limited ? score < lowerLimit! || score > upperLimit! : undefined,
    };
  });
  return { centre, responses, rows };
}
