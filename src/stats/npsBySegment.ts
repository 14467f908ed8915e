import { npsFamily } from "../internal/npsFamily.js";
import { readOptions } from "../internal/readers.js";
import { bySegment, entriesOf, SEGMENT_OPTIONS, segmentOptions } from "../internal/segments.js";
import type { NpsInput } from "../survey/computeNps.js";
import type { PValueAdjustment } from "./adjustPValues.js";
import { compareNps } from "./compareNps.js";
import { type NpsIntervalMethod, npsInterval } from "./npsInterval.js";

/**
 * Segments: a `Map` or a plain object from each segment's name to its responses, in any form the
 * metric accepts.
 *
 * @category Statistics
 */
export type Segments<I> = ReadonlyMap<string, I> | Readonly<Record<string, I>>;

/**
 * How segment rows are sorted: `"input"` (default, the order of the segments given), `"segment"`
 * (by name), `"score"` (by score or percentage), `"difference"` (by the difference from the rest),
 * `"pValue"` or `"responses"`.
 *
 * @category Statistics
 */
export type SegmentSortKey = "input" | "segment" | "score" | "difference" | "pValue" | "responses";

/**
 * Options for {@link npsBySegment}.
 *
 * @category Statistics
 */
export interface NpsBySegmentOptions {
  /**
   * The confidence level of the intervals, strictly between 0 and 1; `1 - confidence` is the
   * significance level. Default 0.95.
   */
  readonly confidence?: number;
  /** The interval and comparison method, as in `npsInterval`: `"adjusted-wald"` (default) or `"wald"`. */
  readonly method?: NpsIntervalMethod;
  /** How the p-values are adjusted for the number of segments compared, as in `adjustPValues`. Default `"holm"`. */
  readonly adjustment?: PValueAdjustment;
  /** The sort key. Default `"input"`. */
  readonly sortBy?: SegmentSortKey;
  /**
   * `"ascending"` or `"descending"`. Default: descending for scores, differences and responses,
   * ascending otherwise.
   */
  readonly order?: "ascending" | "descending";
}

/**
 * One segment's NPS, its interval and its comparison with all other respondents.
 *
 * @category Statistics
 */
export interface NpsSegment {
  /** The segment's name. */
  readonly segment: string;
  /** The segment's number of responses (0 for an empty segment). */
  readonly responses: number;
  /** The segment's NPS in points, -100 to 100; `undefined` for an empty segment. */
  readonly score: number | undefined;
  /**
   * The lower bound of the NPS interval, in points; `undefined` for an empty segment, or (Wald)
   * when all its answers fall in one category.
   */
  readonly lower: number | undefined;
  /** The upper bound of the NPS interval, in points; `undefined` when the lower one is. */
  readonly upper: number | undefined;
  /** The number of responses of all other segments together. */
  readonly restResponses: number;
  /** The NPS of all other segments together, in points; `undefined` when they have no responses. */
  readonly restScore: number | undefined;
  /** `score - restScore`, in points; `undefined` when either side has no responses. */
  readonly difference: number | undefined;
  /**
   * The two-sided p-value of "no difference from the rest" (as `compareNps` computes it), 0 to 1;
   * `undefined` when either side has no responses, or (Wald) when the standard error is 0.
   */
  readonly pValue: number | undefined;
  /** The p-value adjusted for the number of segments compared (those with a p-value), 0 to 1. */
  readonly adjustedPValue: number | undefined;
  /** Whether the adjusted p-value is below `1 - confidence`. */
  readonly significant: boolean | undefined;
}

const METRIC = "npsBySegment";

/**
 * Computes the NPS of each segment (region, plan, product...) with its confidence interval, and
 * compares each with the respondents of all OTHER segments together (not with the total, which
 * contains the segment itself and so hides its difference), with raw p-values and p-values
 * adjusted for the number of comparisons.
 *
 * Each comparison is `compareNps(rest, segment)`: the difference of scores and the z-test on the
 * unpooled trinomial variances (Rocks 2016). With k segments, about k / 20 raw p-values fall
 * below 5 % by chance alone; the adjusted p-values (Holm by default, see `adjustPValues`) can be
 * read against `1 - confidence` as if only one comparison had been made, and `significant` says
 * whether one is. Segments with no responses stay in the result with `responses: 0` and
 * `undefined` scores, and take no part in the adjustment.
 *
 * @param segments - A `Map` or object from segment names to anything `computeNps` accepts
 *   (scores, counts or a tally).
 * @param options - `confidence` (0.95), `method` (`"adjusted-wald"`), `adjustment` (`"holm"`),
 *   `sortBy` (`"input"`) and `order`.
 * @returns One row per segment, sorted as asked (segments without a value for the sort key last),
 *   or `undefined` when no segment has a response.
 * @throws `CxMetricsError`: the codes `computeNps` throws, naming the segment
 *   (`segments.north[3]`, `segments["North America"].promoters`); `wrong-type` (field `segments`)
 *   for segments that are not a `Map` or an object; `out-of-range`, `not-a-number` or
 *   `unknown-field` for a bad option (field `options.<name>`).
 *
 * @example
 * const rows = npsBySegment({
 *   north: { promoters: 120, passives: 50, detractors: 30 },
 *   south: { promoters: 60, passives: 60, detractors: 80 },
 *   west: [],
 * }, { method: "wald" });
 * rows?.map((r) => r.score); // => [45, -10, undefined]
 * rows?.[0]?.restScore; // => -10
 * rows?.[0]?.significant; // => true
 * rows?.[2]?.responses; // => 0
 * npsBySegment({ north: [] }); // => undefined
 *
 * @category Statistics
 */
export function npsBySegment(segments: Segments<NpsInput>, options?: NpsBySegmentOptions): NpsSegment[] | undefined {
  const o = readOptions(METRIC, options, SEGMENT_OPTIONS);
  const { family, confidence } = npsFamily(METRIC, o, { interval: npsInterval, compare: compareNps });
  const settings = { ...segmentOptions(METRIC, o), alpha: 1 - confidence };
  return bySegment(family, entriesOf(METRIC, "segments", segments, false), settings);
}
