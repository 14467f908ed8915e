import { fail } from "../internal/fail.js";
import { readMissing } from "../internal/missingAnswers.js";
import { shareOf } from "../internal/rates.js";
import { readOptions } from "../internal/readers.js";
import { percentOf } from "../internal/results.js";
import { readSurveyInput } from "../internal/surveyInput.js";
import { sumSurveyRatings } from "../internal/surveyRatings.js";
import type { RatingTally } from "../tally/ratingTally.js";
import type { SurveyCell } from "./computeNps.js";
import type { RatingScale } from "./ratingScale.js";

/**
 * CSAT ratings already counted: how many were satisfied out of how many answered.
 *
 * @category Survey
 */
export interface CsatCounts {
  /** Ratings at or above the satisfied threshold; at most `responses`. */
  readonly satisfied: number;
  /** All ratings received. */
  readonly responses: number;
}

/**
 * Options for {@link csat} on raw ratings.
 *
 * @category Survey
 */
export interface CsatOptions {
  /** The rating scale, whole numbers from `min` to `max`. Default `{ min: 1, max: 5 }`. */
  readonly scale?: RatingScale;
  /**
   * `"skip"` leaves out blank cells of raw ratings (`null`, `undefined`, empty or blank strings:
   * skipped questions in a survey export); the default `"error"` rejects them.
   */
  readonly missing?: "error" | "skip";
  /**
   * The lowest rating that counts as satisfied. Default: the top two points of the scale
   * (`max - 1`: 4 on 1-5, 6 on 1-7, 9 on 1-10).
   */
  readonly satisfiedAtLeast?: number;
}

const METRIC = "csat";
const DEFAULT_SCALE: RatingScale = { min: 1, max: 5 };

/**
 * Computes the customer satisfaction score (CSAT): the percentage of ratings that are satisfied.
 *
 * `CSAT = 100 * satisfied / responses`, where a rating is satisfied when it is at or above a
 * threshold, by default the top two points of the scale ("top-2-box", the usual reading of the
 * 1-5 "How satisfied were you?" question; seed document 004, S4-CSAT-DEF).
 *
 * @param input - Whole-number ratings on the scale, a tally of them (whose scale is used), or
 *   counts `{ satisfied, responses }`.
 * @param options - `scale` (default 1 to 5) and `satisfiedAtLeast` (default `scale.max - 1`);
 *   used with raw ratings only.
 * @returns The percentage of satisfied ratings, 0 to 100, or `undefined` when there are no
 *   responses.
 * @throws `CxMetricsError`: code `wrong-type`, `not-a-number`, `not-finite`, `not-integer` or
 *   `out-of-range` with field `ratings[i]` for a rating that is not a whole number on the scale;
 *   `inconsistent` for a scale whose `max` is not above its `min`, or for more satisfied than
 *   responses; `out-of-range` for a `satisfiedAtLeast` off the scale; `negative` or `not-integer`
 *   for bad counts.
 *
 * @example
 * csat([5, 4, 3, 2, 1]); // => 40
 * csat({ satisfied: 35, responses: 50 }); // => 70
 * csat([7, 6, 5, 2], { scale: { min: 1, max: 7 } }); // => 50
 * csat([5, 4, 3], { satisfiedAtLeast: 5 }); // => 33.333333333333336
 * csat([5, null, 4, " ", 1], { missing: "skip" }); // => 66.66666666666667
 * csat([]); // => undefined
 *
 * @category Survey
 */
export function csat(
  input: ArrayLike<number> | Iterable<number> | RatingTally,
  options?: CsatOptions & { readonly missing?: "error" },
): number | undefined;
export function csat(
  input: ArrayLike<SurveyCell> | Iterable<SurveyCell> | RatingTally,
  options: CsatOptions & { readonly missing: "skip" },
): number | undefined;
export function csat(input: CsatCounts): number | undefined;
export function csat(
  input: ArrayLike<SurveyCell> | Iterable<SurveyCell> | RatingTally | CsatCounts,
  opts?: CsatOptions,
): number | undefined {
  const o = readOptions(METRIC, opts, ["scale", "satisfiedAtLeast", "missing"]);
  const missing = readMissing(METRIC, o["missing"]);
  const survey = readSurveyInput(METRIC, "ratings", input, { tally: true, counts: true });
  if (survey.kind === "counts") {
    // Counts carry no scale: options that describe one cannot apply to them.
    const given =
      o["scale"] !== undefined ? "scale" : o["satisfiedAtLeast"] !== undefined ? "satisfiedAtLeast" : undefined;
    if (given !== undefined) {
      fail({
        code: "inconsistent",
        metric: METRIC,
        field: `options.${given}`,
        expected: "absent with counts { satisfied, responses }",
        received: o[given],
      });
    }
    return shareOf(METRIC, survey.fields, "satisfied", "responses");
  }
  const { atLeast: satisfied, responses } = sumSurveyRatings(
    METRIC,
    survey,
    o["scale"],
    DEFAULT_SCALE,
    missing,
    { field: "options.satisfiedAtLeast", value: o["satisfiedAtLeast"], defaultOn: (scale) => scale.max - 1 },
    (satisfiedAtLeast, scale) => ({ atLeast: satisfiedAtLeast, atMost: scale.min - 1, withSum: false }),
  );
  return percentOf(satisfied, responses);
}
