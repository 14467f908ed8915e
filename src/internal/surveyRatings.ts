import { countRatingsSkippingBlanks, type MissingAnswers } from "./missingAnswers.js";
import { type RatingSums, type RatingThresholds, sumRatingArray } from "./ratingArrays.js";
import { countRatings } from "./ratingCounts.js";
import { readScaleOption, type Scale } from "./ratingScale.js";
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
}

/**
 * The sum of the ratings of a survey input, and how many are at least and at most the thresholds
 * that `thresholdsOn` gives for the input's scale, read as {@link countSurveyRatings} reads them.
 * An array of raw ratings is summed without counting each rating (the fast path of
 * `internal/ratingArrays.ts`); a tally, an iterable or blanks to skip are counted first.
 */
export function sumSurveyRatings(
  metric: string,
  survey: RatingsOrTally,
  scaleOption: unknown,
  fallback: Scale,
  missing: MissingAnswers,
  thresholdsOn: (scale: Scale) => RatingThresholds,
): SurveySums {
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
