import { csatReader } from "../internal/csatShares.js";
import { proportionFamily } from "../internal/proportionFamily.js";
import { readOptions } from "../internal/readers.js";
import { bySegment, entriesOf, SEGMENT_OPTIONS, segmentOptions } from "../internal/segments.js";
import type { CsatCounts } from "../survey/csat.js";
import type { RatingScale } from "../survey/ratingScale.js";
import type { RatingTally } from "../tally/ratingTally.js";
import type { Segments } from "./npsBySegment.js";
import type { ProportionBySegmentOptions, ProportionSegment } from "./proportionBySegment.js";
import { proportionInterval } from "./proportionInterval.js";

/**
 * Options for {@link csatBySegment}: those of `proportionBySegment` and those of `csat`.
 *
 * @category Statistics
 */
export interface CsatBySegmentOptions extends ProportionBySegmentOptions {
  /** The rating scale of raw ratings, whole numbers from `min` to `max`. Default `{ min: 1, max: 5 }`. */
  readonly scale?: RatingScale;
  /** The lowest rating that counts as satisfied. Default: the top two points (`scale.max - 1`). */
  readonly satisfiedAtLeast?: number;
}

const METRIC = "csatBySegment";

/**
 * Computes the CSAT of each segment with its confidence interval, and compares each segment with
 * the respondents of all OTHER segments together, with raw and adjusted p-values.
 *
 * A rating is satisfied at or above `satisfiedAtLeast` (by default the top two points), as in
 * `csat`. The interval is `proportionInterval`'s (Wilson by default); the comparison is the pooled
 * two-proportion z-test (Agresti, Categorical Data Analysis, 2013, section 3.1; R's
 * `prop.test(correct = FALSE)`), and the p-values are adjusted as `adjustPValues` does (Holm by
 * default). Segments with no ratings stay in the result with `responses: 0` and `undefined` values.
 *
 * @param segments - A `Map` or object from segment names to what `csat` accepts: raw ratings, a
 *   tally, or `{ satisfied, responses }`.
 * @param options - Those of `proportionBySegment`, with `scale` (1 to 5) and `satisfiedAtLeast`.
 * @returns One row per segment (`score` is the CSAT in percent), sorted as asked, or `undefined`
 *   when no segment has a rating.
 * @throws `CxMetricsError`: the codes `csat` throws, naming the segment (`segments.north[3]`,
 *   `segments.north.counts[0]`, `segments.north.satisfied`); `wrong-type` for segments that are
 *   not a `Map` or an object; `out-of-range`, `inconsistent` or `unknown-field` for a bad option.
 *
 * @example
 * const rows = csatBySegment({ web: [5, 5, 4, 2], phone: [3, 2, 1, 5], shop: { satisfied: 8, responses: 10 } });
 * rows?.map((r) => r.score); // => [75, 25, 80]
 * rows?.[1]?.restScore; // => 78.57142857142857
 *
 * @category Statistics
 */
export function csatBySegment(
  segments: Segments<ArrayLike<number> | Iterable<number> | RatingTally | CsatCounts>,
  options?: CsatBySegmentOptions,
): ProportionSegment[] | undefined {
  const o = readOptions(METRIC, options, [...SEGMENT_OPTIONS, "scale", "satisfiedAtLeast"]);
  const { family, confidence } = proportionFamily(METRIC, o, csatReader(METRIC, o), proportionInterval);
  const settings = { ...segmentOptions(METRIC, o), alpha: 1 - confidence };
  return bySegment(family, entriesOf(METRIC, "segments", segments, false), settings);
}
