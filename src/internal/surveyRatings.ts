import { countRatingsSkippingBlanks, type MissingAnswers } from "./missingAnswers.js";
import { type RatingSums, type RatingThresholds, sumRatingArray } from "./ratingArrays.js";
import { countRatings } from "./ratingCounts.js";
import { isRatingOn, readRating, readScaleOption, type Scale } from "./ratingScale.js";
import type { RatingsOrTally } from "./surveyInput.js";
import { readTally } from "./tallies.js";

/**
 * The counts of a survey input of ratings on its scale: a tally's own counts (the tally must be on
 * `scaleOption` when that option is given), or raw ratings counted on `scaleOption` (default
 * `fallback`). Tallies are named `tally`, raw ratings `ratings[i]`.
 */
export function countSurveyRatings(
  metric: string,
  survey: RatingsOrTally,
  scaleOption: unknown,
  fallback: Scale,
  missing: MissingAnswers,
): { scale: Scale; counts: ArrayLike<number>; skipped: number } {
  if (survey.kind === "tally") {
    const scale = scaleOption === undefined ? undefined : readScaleOption(metric, scaleOption, fallback);
    return { ...readTally(metric, "tally", survey.fields, scale), skipped: 0 };
  }
  const scale = readScaleOption(metric, scaleOption, fallback);
  if (missing === "skip") return { scale, ...countRatingsSkippingBlanks(metric, "ratings", survey, scale) };
  return { scale, counts: countRatings(metric, "ratings", survey, scale), skipped: 0 };
}

/** What {@link sumSurveyRatings} reports: the sums and counts, with the scale and the responses. */
export interface SurveySums extends RatingSums {
  readonly scale: Scale;
  readonly responses: number;
  readonly skipped: number;
  /** The threshold option as read on the scale, or its default. */
  readonly threshold: number;
}

/** A rating option that sets a threshold (`satisfiedAtLeast`, `easyThreshold`). */
export interface ThresholdOption {
  /** Its name in errors: `options.satisfiedAtLeast`. */
  readonly field: string;
  /** As given; `undefined` for the default. */
  readonly value: unknown;
  /** The default on a scale. */
  defaultOn(scale: Scale): number;
}

/**
 * The sum of the ratings of a survey input, and how many are at least and at most the counting
 * thresholds that `countsFor` gives for the threshold option on the input's scale, read as
 * {@link countSurveyRatings} reads them. An array of raw ratings is summed without counting each
 * rating (the fast path of `internal/ratingArrays.ts`); a tally, an iterable or blanks to skip are
 * counted first.
 *
 * The threshold is read after the ratings, since the scale may come from a tally, so a ratings
 * error is reported before a threshold error; until then a threshold off the scale counts as its
 * default.
 */
export function sumSurveyRatings(
  metric: string,
  survey: RatingsOrTally,
  scaleOption: unknown,
  fallback: Scale,
  missing: MissingAnswers,
  threshold: ThresholdOption,
  countsFor: (threshold: number, scale: Scale) => RatingThresholds,
): SurveySums {
  const { value } = threshold;
  const thresholdsOn = (scale: Scale): RatingThresholds =>
    countsFor(isRatingOn(value, scale) ? value : threshold.defaultOn(scale), scale);
  const sums = sumOnScale(metric, survey, scaleOption, fallback, missing, thresholdsOn);
  const read =
    value === undefined ? threshold.defaultOn(sums.scale) : readRating(metric, threshold.field, value, sums.scale);
  return { ...sums, threshold: read };
}

function sumOnScale(
  metric: string,
  survey: RatingsOrTally,
  scaleOption: unknown,
  fallback: Scale,
  missing: MissingAnswers,
  thresholdsOn: (scale: Scale) => RatingThresholds,
): Omit<SurveySums, "threshold"> {
  if (survey.kind === "array" && missing === "error") {
    const scale = readScaleOption(metric, scaleOption, fallback);
    const sums = sumRatingArray(metric, "ratings", survey.items, survey.length, scale, thresholdsOn(scale));
    return { ...sums, scale, responses: survey.length, skipped: 0 };
  }
  const { scale, counts, skipped } = countSurveyRatings(metric, survey, scaleOption, fallback, missing);
  const thresholds = thresholdsOn(scale);
  let responses = 0;
  let sum = 0;
  let atLeast = 0;
  let atMost = 0;
  for (let k = 0; k < counts.length; k++) {
    const n = counts[k]!;
    const rating = scale.min + k;
    responses += n;
    sum += rating * n;
    if (rating >= thresholds.atLeast) atLeast += n;
    if (rating <= thresholds.atMost) atMost += n;
  }
  return { sum, atLeast, atMost, scale, responses, skipped };
}
