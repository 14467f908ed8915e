import { readMissing } from "../internal/missingAnswers.js";
import { npsScore, readNpsCounts } from "../internal/npsCounts.js";
import { readOptions } from "../internal/readers.js";
import { percentOf } from "../internal/results.js";
import type { RatingTally } from "../tally/ratingTally.js";

/**
 * NPS responses already counted by category. Each field is a non-negative whole number.
 *
 * @category Survey
 */
export interface NpsCounts {
  /** Respondents who answered 9 or 10. */
  readonly promoters: number;
  /** Respondents who answered 7 or 8 (also called neutrals). */
  readonly passives: number;
  /** Respondents who answered 0 to 6. */
  readonly detractors: number;
}

/**
 * Anything {@link computeNps} accepts: raw 0-10 scores, counts by category, or a 0-10 tally.
 *
 * @category Survey
 */
export type NpsInput = ArrayLike<number> | Iterable<number> | NpsCounts | RatingTally;

/**
 * A cell of a survey export: a score, or a blank (`null`, `undefined`, an empty or blank string)
 * for a question left unanswered. Blanks are accepted only with the `missing: "skip"` option.
 *
 * @category Survey
 */
export type SurveyCell = number | string | null | undefined;

/**
 * The Net Promoter Score of a set of responses, with the counts and shares behind it.
 *
 * @category Survey
 */
export interface NpsResult {
  /** The NPS in points, from -100 (all detractors) to 100 (all promoters). */
  readonly score: number;
  /** Number of promoters (scores 9 and 10). */
  readonly promoters: number;
  /** Number of passives (scores 7 and 8). */
  readonly passives: number;
  /** Number of detractors (scores 0 to 6). */
  readonly detractors: number;
  /** Number of responses: promoters + passives + detractors. */
  readonly responses: number;
  /** Promoters as a percentage of responses, 0 to 100. */
  readonly promoterPercent: number;
  /** Passives as a percentage of responses, 0 to 100. */
  readonly passivePercent: number;
  /** Detractors as a percentage of responses, 0 to 100. */
  readonly detractorPercent: number;
  /** Blank cells skipped; present only with the `missing: "skip"` option. */
  readonly skipped?: number;
}

/**
 * Options for {@link computeNps}.
 *
 * @category Survey
 */
export interface NpsOptions {
  /**
   * What a blank cell (`null`, `undefined`, an empty or blank string: a skipped question in a
   * survey export) is: `"error"` (the default: a `wrong-type` error naming it) or `"skip"` (left
   * out, and counted in the result's `skipped`). Only raw scores have cells; anything else that
   * is not a score is an error either way.
   */
  readonly missing?: "error" | "skip";
}

const METRIC = "computeNps";

/**
 * Computes the Net Promoter Score: the percentage of promoters minus the percentage of detractors.
 *
 * The question is "How likely are you to recommend us to a friend or colleague?" on an
 * eleven-point scale from 0 to 10. Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6
 * (Reichheld, "The One Number You Need to Grow", Harvard Business Review, 2003; Bain &
 * Company's definition; seed documents 001, 002 and 004). The score is computed from whole counts
 * and divided once, `score = 100 * (promoters - detractors) / responses`, so it is the correctly
 * rounded value of the exact fraction (`29`, not `29.000000000000004`, for 50 promoters and 21
 * detractors of 100); counts are limited to 90,071,992,547,409 (2^53 / 100) so that this holds.
 * The employee NPS (eNPS) is the same computation on employees' answers.
 *
 * Scores are read in one pass without copying, from any array, typed array (a `Uint8Array` is
 * fastest), array-like object or iterable (a `Set`, a generator).
 *
 * @param input - Whole-number scores from 0 to 10, counts `{ promoters, passives, detractors }`,
 *   or a tally of scores on 0 to 10 (see `tally`, `tallyFromRows`).
 * @param options - `missing`: `"skip"` leaves out blank cells (`null`, `undefined`, `""`) of raw
 *   scores and counts them in `skipped`; the default `"error"` rejects them.
 * @returns The score in points (-100 to 100) with counts and percentages, or `undefined` when
 *   there are no responses.
 * @throws `CxMetricsError` with code `wrong-type`, `not-a-number`, `not-finite`, `not-integer` or
 *   `out-of-range` and field `scores[i]` for a bad score (a 1-10 scale's scores are fine, but an
 *   11 or a 6.5 is rejected), or with code `wrong-type`, `not-integer`, `negative` or
 *   `out-of-range` naming the count field for bad counts.
 *
 * @example
 * computeNps([10, 9, 8, 3])?.score; // => 25
 * computeNps({ promoters: 50, passives: 29, detractors: 21 })?.score; // => 29
 * computeNps(new Uint8Array([10, 10, 7, 0]))?.promoterPercent; // => 50
 * computeNps({ min: 0, max: 10, counts: [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2] })?.score; // => 25
 * computeNps([10, null, 9, "", 3], { missing: "skip" })?.skipped; // => 2
 * computeNps([]); // => undefined
 *
 * @category Survey
 */
export function computeNps(
  input: NpsInput,
  options?: NpsOptions & { readonly missing?: "error" },
): NpsResult | undefined;
export function computeNps(
  input: ArrayLike<SurveyCell> | Iterable<SurveyCell> | NpsCounts | RatingTally,
  options: NpsOptions & { readonly missing: "skip" },
): NpsResult | undefined;
export function computeNps(
  input: ArrayLike<SurveyCell> | Iterable<SurveyCell> | NpsCounts | RatingTally,
  options?: NpsOptions,
): NpsResult | undefined {
  const missing = readMissing(METRIC, readOptions(METRIC, options, ["missing"])["missing"]);
  const counts = readNpsCounts(METRIC, input, "scores", "", missing);
  const { promoters, passives, detractors, responses } = counts;
  if (responses === 0) return undefined;
  return {
    ...(missing === "skip" ? { skipped: counts.skipped ?? 0 } : {}),
    score: npsScore(counts),
    promoters,
    passives,
    detractors,
    responses,
    promoterPercent: percentOf(promoters, responses) as number,
    passivePercent: percentOf(passives, responses) as number,
    detractorPercent: percentOf(detractors, responses) as number,
  };
}
