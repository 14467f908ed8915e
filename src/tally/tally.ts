import { countRatings } from "../internal/ratingCounts.js";
import { readScaleOption } from "../internal/ratingScale.js";
import { readOptions } from "../internal/readers.js";
import { readSurveyInput } from "../internal/surveyInput.js";
import type { RatingScale } from "../survey/ratingScale.js";
import type { RatingTally } from "./ratingTally.js";

/**
 * Options for {@link tally}.
 *
 * @category Tallies
 */
export interface TallyOptions {
  /** The rating scale. Default `{ min: 0, max: 10 }`, the NPS scale. */
  readonly scale?: RatingScale;
}

const METRIC = "tally";

/**
 * Counts whole-number ratings into a tally, in one pass without copying: a histogram that
 * `computeNps`, `csat`, `ces`, `npsInterval` and `compareNps` accept in place of the ratings, and
 * that merges with other tallies of the same scale by `mergeTallies`.
 *
 * @param ratings - Whole-number ratings on the scale: any array, typed array or iterable.
 * @param options - `scale`, default 0 to 10.
 * @returns The tally; its counts are all 0 for no ratings.
 * @throws `CxMetricsError`: the codes of a bad rating, naming `ratings[i]`; `inconsistent` for a
 *   scale whose `max` is not above its `min`.
 *
 * @example
 * tally([10, 9, 9, 3]).counts; // => [0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1]
 * tally([5, 4, 4], { scale: { min: 1, max: 5 } }); // => { min: 1, max: 5, counts: [0, 0, 0, 2, 1] }
 *
 * @category Tallies
 */
export function tally(ratings: ArrayLike<number> | Iterable<number>, options?: TallyOptions): RatingTally {
  const scale = readScaleOption(METRIC, readOptions(METRIC, options, ["scale"])["scale"], { min: 0, max: 10 });
  const counts = countRatings(METRIC, "ratings", readSurveyInput(METRIC, "ratings", ratings, {}), scale);
  // A loop rather than Array.from, which reads a typed array through its iterator.
  const result = new Array<number>(counts.length);
  for (let k = 0; k < counts.length; k++) result[k] = counts[k]!;
  return { min: scale.min, max: scale.max, counts: result };
}
