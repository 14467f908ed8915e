import { readMissing } from "../internal/missingAnswers.js";
import { readBoolean, readOptions } from "../internal/readers.js";
import { percentOf, withoutNegativeZero } from "../internal/results.js";
import { readSurveyInput } from "../internal/surveyInput.js";
import { sumSurveyRatings } from "../internal/surveyRatings.js";
import type { RatingTally } from "../tally/ratingTally.js";
import type { SurveyCell } from "./computeNps.js";
import type { RatingScale } from "./ratingScale.js";

/**
 * Options for {@link ces}.
 *
 * @category Survey
 */
export interface CesOptions {
  /** The rating scale, whole numbers from `min` to `max`. Default `{ min: 1, max: 7 }` (CES 2.0). */
  readonly scale?: RatingScale;
  /**
   * The scale's direction. `false` (default): a higher rating means less effort, as in CES 2.0
   * ("The company made it easy for me to handle my issue", 1 = strongly disagree,
   * 7 = strongly agree). `true`: a lower rating means less effort, as in "How difficult was it?"
   * from 1 (very easy) to 10 (very difficult).
   */
  readonly lowerIsEasier?: boolean;
  /**
   * The least easy rating that still counts as easy, inclusive. Default: the first rating strictly
   * on the easy side of the midpoint (5 on 1-7; 5 on a lower-is-easier 1-10, meaning 1 to 5).
   */
  readonly easyThreshold?: number;
  /**
   * `"skip"` leaves out blank cells of raw ratings (`null`, `undefined`, empty or blank strings:
   * skipped questions in a survey export) and counts them in the result's `skipped`; the default
   * `"error"` rejects them.
   */
  readonly missing?: "error" | "skip";
}

/**
 * The customer effort score of a set of ratings, with the scale and direction it was read on.
 *
 * @category Survey
 */
export interface CesResult {
  /** The mean rating on the declared scale. Compare only with means on the same scale and direction. */
  readonly mean: number;
  /** The percentage of ratings on the easy side of `easyThreshold` (inclusive), 0 to 100. */
  readonly easyPercent: number;
  /** The number of ratings. */
  readonly responses: number;
  /** The scale the ratings were read on. */
  readonly scale: RatingScale;
  /** The direction of the scale: `true` when lower ratings mean less effort. */
  readonly lowerIsEasier: boolean;
  /** The cut used for `easyPercent`. */
  readonly easyThreshold: number;
  /** Blank cells skipped; present only with the `missing: "skip"` option. */
  readonly skipped?: number;
}

const METRIC = "ces";
const DEFAULT_SCALE: RatingScale = { min: 1, max: 7 };

/**
 * Computes the customer effort score (CES): the mean effort rating and the share of easy answers.
 *
 * CES has no single standard scale. The common CES 2.0 form (Dixon, Freeman and Toman, "Stop
 * Trying to Delight Your Customers", Harvard Business Review, 2010, and its 2013 revision) asks
 * for agreement on 1 to 7 with "The company made it easy for me to handle my issue", so higher is
 * better; seed document 002 asks "how difficult was it?" on 1 to 10, so lower is better. Both are
 * options here, and the result carries its scale and direction: a mean of 5.2 on one is not
 * comparable with a mean of 5.2 on the other, nor with any mean on another scale. The share of
 * easy answers (`easyPercent`) is the better figure to compare across surveys, and only when the
 * cut means the same thing.
 *
 * `mean = sum of ratings / responses` (whole-number sum, divided once);
 * `easyPercent = 100 * easy / responses`.
 *
 * @param ratings - Whole-number ratings on the scale (any array, typed array or iterable), or a
 *   tally of them, whose scale is used.
 * @param options - `scale` (default 1 to 7), `lowerIsEasier` (default `false`), `easyThreshold`.
 * @returns The mean, the easy share, the count and the scale, or `undefined` for no ratings.
 * @throws `CxMetricsError`: code `wrong-type`, `not-a-number`, `not-finite`, `not-integer` or
 *   `out-of-range` with field `ratings[i]` for a rating that is not a whole number on the scale;
 *   `inconsistent` for a scale whose `max` is not above its `min`; `out-of-range` for an
 *   `easyThreshold` off the scale; `wrong-type` for a `lowerIsEasier` that is not a boolean.
 *
 * @example
 * ces([7, 6, 5, 4, 1])?.easyPercent; // => 60
 * ces([7, 6, 5, 4, 1])?.mean; // => 4.6
 * ces([1, 2, 8], { scale: { min: 1, max: 10 }, lowerIsEasier: true })?.easyPercent; // => 66.66666666666667
 * ces([7, null, 5], { missing: "skip" })?.skipped; // => 1
 * ces([]); // => undefined
 *
 * @category Survey
 */
export function ces(
  ratings: ArrayLike<number> | Iterable<number> | RatingTally,
  options?: CesOptions & { readonly missing?: "error" },
): CesResult | undefined;
export function ces(
  ratings: ArrayLike<SurveyCell> | Iterable<SurveyCell> | RatingTally,
  options: CesOptions & { readonly missing: "skip" },
): CesResult | undefined;
export function ces(
  ratings: ArrayLike<SurveyCell> | Iterable<SurveyCell> | RatingTally,
  options?: CesOptions,
): CesResult | undefined {
  const o = readOptions(METRIC, options, ["scale", "lowerIsEasier", "easyThreshold", "missing"]);
  const lowerIsEasier = readBoolean(METRIC, "options.lowerIsEasier", o["lowerIsEasier"], false);
  const missing = readMissing(METRIC, o["missing"]);
  const survey = readSurveyInput(METRIC, "ratings", ratings, { tally: true });
  const easyThresholdOption = {
    field: "options.easyThreshold",
    value: o["easyThreshold"],
    defaultOn: (scale: RatingScale) => defaultEasyThreshold(scale, lowerIsEasier),
  };
  // Easy from the threshold up, or (lowerIsEasier) from the threshold down.
  const countsFor = (easyFrom: number, scale: RatingScale) =>
    lowerIsEasier
      ? { atLeast: scale.max + 1, atMost: easyFrom, withSum: true }
      : { atLeast: easyFrom, atMost: scale.min - 1, withSum: true };
  const sums = sumSurveyRatings(METRIC, survey, o["scale"], DEFAULT_SCALE, missing, easyThresholdOption, countsFor);
  const { scale, responses } = sums;
  if (responses === 0) return undefined;
  return {
    mean: withoutNegativeZero(sums.sum / responses),
    easyPercent: percentOf(lowerIsEasier ? sums.atMost : sums.atLeast, responses) as number,
    responses,
    scale: { min: scale.min, max: scale.max },
    lowerIsEasier,
    easyThreshold: sums.threshold,
    ...(missing === "skip" ? { skipped: sums.skipped } : {}),
  };
}

/** The first rating strictly on the easy side of the scale's midpoint. */
function defaultEasyThreshold(scale: RatingScale, lowerIsEasier: boolean): number {
  const midpoint = (scale.min + scale.max) / 2;
  return lowerIsEasier ? Math.ceil(midpoint) - 1 : Math.floor(midpoint) + 1;
}
