import { countRatingsSkippingBlanks, type MissingAnswers } from "./missingAnswers.js";
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
  missing: MissingAnswers = "error",
): { scale: Scale; counts: ArrayLike<number>; skipped: number } {
  if (survey.kind === "tally") {
    const scale = scaleOption === undefined ? undefined : readScaleOption(metric, scaleOption, fallback);
    return { ...readTally(metric, "tally", survey.fields, scale), skipped: 0 };
  }
  const scale = readScaleOption(metric, scaleOption, fallback);
  if (missing === "skip") return { scale, ...countRatingsSkippingBlanks(metric, "ratings", survey, scale) };
  return { scale, counts: countRatings(metric, "ratings", survey, scale), skipped: 0 };
}
