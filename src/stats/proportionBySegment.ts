import { proportionFamily, readShares } from "../internal/proportionFamily.js";
import { readOptions } from "../internal/readers.js";
import { bySegment, entriesOf, SEGMENT_OPTIONS, segmentOptions } from "../internal/segments.js";
import type { PValueAdjustment } from "./adjustPValues.js";
import type { SegmentSortKey, Segments } from "./npsBySegment.js";
import { type ProportionCounts, type ProportionIntervalMethod, proportionInterval } from "./proportionInterval.js";

/**
 * Options for {@link proportionBySegment} and `csatBySegment`.
 *
 * @category Statistics
 */
export interface ProportionBySegmentOptions {
  /**
   * The confidence level of the intervals, strictly between 0 and 1; `1 - confidence` is the
   * significance level. Default 0.95.
   */
  readonly confidence?: number;
  /** The interval method, as in `proportionInterval`: `"wilson"` (default), `"agresti-coull"` or `"wald"`. */
  readonly method?: ProportionIntervalMethod;
  /** How the p-values are adjusted for the number of segments compared, as in `adjustPValues`. Default `"holm"`. */
  readonly adjustment?: PValueAdjustment;
  /** The sort key (`"score"` sorts by percentage). Default `"input"`. */
  readonly sortBy?: SegmentSortKey;
  /**
   * `"ascending"` or `"descending"`. Default: descending for percentages, differences and
   * responses, ascending otherwise.
   */
  readonly order?: "ascending" | "descending";
}

/**
 * One segment's share, its interval and its comparison with all other segments together.
 *
 * @category Statistics
 */
export interface ProportionSegment {
  /** The segment's name. */
  readonly segment: string;
  /** The segment's number of responses (trials; 0 for an empty segment). */
  readonly responses: number;
  /** The segment's share in percent, 0 to 100; `undefined` for an empty segment. */
  readonly score: number | undefined;
  /**
   * The lower bound of the share's interval, in percent; `undefined` for an empty segment, or
   * (Wald) at 0 % or 100 %.
   */
  readonly lower: number | undefined;
  /** The upper bound of the share's interval, in percent; `undefined` when the lower one is. */
  readonly upper: number | undefined;
  /** The number of responses of all other segments together. */
  readonly restResponses: number;
  /** The share of all other segments together, in percent; `undefined` when they have no responses. */
  readonly restScore: number | undefined;
  /** `score - restScore`, in percentage points; `undefined` when either side has no responses. */
  readonly difference: number | undefined;
  /**
   * The two-sided p-value of the pooled two-proportion z-test against the rest, 0 to 1; `undefined`
   * when either side has no responses, or when every response of both is a success (or none is).
   */
  readonly pValue: number | undefined;
  /** The p-value adjusted for the number of segments compared (those with a p-value), 0 to 1. */
  readonly adjustedPValue: number | undefined;
  /** Whether the adjusted p-value is below `1 - confidence`. */
  readonly significant: boolean | undefined;
}

const METRIC = "proportionBySegment";

/**
 * Computes a share (FCR, renewal, response rate, any proportion) for each segment with its
 * confidence interval, and compares each segment with the respondents of all OTHER segments
 * together, with raw and adjusted p-values.
 *
 * The interval is `proportionInterval`'s. The comparison is the pooled two-proportion z-test
 * (the score test; Agresti, Categorical Data Analysis, 3rd ed., 2013, section 3.1; the same
 * p-value as R's `prop.test(correct = FALSE)`): `z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2))`
 * with `p` the share of both groups together, `pValue = 2 P(Z > |z|)`. The p-values of all
 * segments with a comparison are then adjusted as `adjustPValues` does (Holm by default).
 * Segments without trials stay in the result with `responses: 0` and `undefined` values.
 *
 * @param segments - A `Map` or object from segment names to `{ successes, trials }`.
 * @param options - `confidence` (0.95), `method` (`"wilson"`), `adjustment` (`"holm"`), `sortBy`
 *   (`"input"`) and `order`.
 * @returns One row per segment, sorted as asked, or `undefined` when no segment has a trial.
 * @throws `CxMetricsError`: count codes naming the segment's field (`segments.north.trials`);
 *   `inconsistent` for more successes than trials; `wrong-type` for segments that are not a
 *   `Map` or an object; `out-of-range`, `not-a-number` or `unknown-field` for a bad option.
 *
 * @example
 * const rows = proportionBySegment(
 *   new Map([["email", { successes: 30, trials: 100 }], ["chat", { successes: 60, trials: 100 }]]),
 *   { sortBy: "score" },
 * );
 * rows?.map((r) => r.segment); // => ["chat", "email"]
 * rows?.[0]?.difference; // => 30
 * rows?.[0]?.pValue?.toExponential(2); // => "2.01e-5"
 *
 * @category Statistics
 */
export function proportionBySegment(
  segments: Segments<ProportionCounts>,
  options?: ProportionBySegmentOptions,
): ProportionSegment[] | undefined {
  const o = readOptions(METRIC, options, SEGMENT_OPTIONS);
  const read = (value: unknown, field: string) => readShares(METRIC, field, value, ["successes", "trials"]);
  const { family, confidence } = proportionFamily(METRIC, o, read, proportionInterval);
  const settings = { ...segmentOptions(METRIC, o), alpha: 1 - confidence };
  return bySegment(family, entriesOf(METRIC, "segments", segments, false), settings);
}
