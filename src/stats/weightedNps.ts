import { readConfidence } from "../internal/intervalOptions.js";
import { npsEstimate } from "../internal/npsEstimate.js";
import { readOptions } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import { EffectiveSize, forEachWeighted, percentOfWeights } from "../internal/weighted.js";

/**
 * One weighted NPS response: a 0-10 score and its weight.
 *
 * @category Statistics
 */
export interface WeightedScore {
  /** The score, a whole number from 0 to 10. */
  readonly score: number;
  /** The response's weight, a non-negative finite number (0 leaves the response out). */
  readonly weight: number;
}

/**
 * Options for {@link weightedNps}.
 *
 * @category Statistics
 */
export interface WeightedNpsOptions {
  /** One weight per score, in the order of the scores; required when the input is plain scores. */
  readonly weights?: ArrayLike<number>;
  /** The confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/**
 * A weighted NPS with its interval.
 *
 * @category Statistics
 */
export interface WeightedNpsResult {
  /** The weighted NPS in points, -100 to 100. */
  readonly score: number;
  /**
   * The lower bound of the interval, in points (clipped to -100); `undefined` when all weighted
   * answers fall in one category (zero variance).
   */
  readonly lower: number | undefined;
  /** The upper bound of the interval, in points (clipped to 100); `undefined` when the lower one is. */
  readonly upper: number | undefined;
  /** Half the width of the interval before clipping, in points; `undefined` when the bounds are. */
  readonly marginOfError: number | undefined;
  /** The weighted share of promoters, in percent. */
  readonly promoterPercent: number;
  /** The weighted share of passives, in percent. */
  readonly passivePercent: number;
  /** The weighted share of detractors, in percent. */
  readonly detractorPercent: number;
  /** The number of responses read (those of weight 0 included). */
  readonly responses: number;
  /** The sum of the weights. */
  readonly totalWeight: number;
  /** Kish's effective sample size, `(sum w)^2 / sum w^2`: the number of unweighted responses as precise as these. */
  readonly effectiveResponses: number;
  /** The confidence level used. */
  readonly confidence: number;
}

const METRIC = "weightedNps";
const SCORE = { min: 0, max: 10, integer: true } as const;

/**
 * Computes the Net Promoter Score of weighted responses (weights from raking, from the inverse of
 * each segment's response rate, or from a panel provider) with a confidence interval.
 *
 * The score is `100 (Wp - Wd) / W`, with Wp, Wd and W the weights of promoters, of detractors and
 * of all responses: the weighted mean of +1 (promoter), 0 (passive) and -1 (detractor), which is
 * what R's `survey` package estimates with `svymean` on a design `svydesign(ids = ~1, weights =
 * ~w)`. The interval is the Wald interval of `npsInterval` on Kish's effective sample size
 * `n_eff = W^2 / sum(w^2)` (Kish, Survey Sampling, 1965, section 11.7):
 * `score +/- z 100 sqrt((p + d - (p - d)^2) / n_eff)` with the weighted shares p and d; when all
 * weighted answers fall in one category that variance is 0 and the bounds are `undefined`, as in
 * `npsInterval`.
 *
 * The interval differs from R's `svymean` standard error, which is the linearization estimate
 * `sqrt(n / (n - 1) sum(w_i^2 (x_i - mean)^2)) / W`: Kish's formula assumes the weights are
 * unrelated to the answers and needs only the counts' sums, so it can be computed from tallies,
 * while R's uses each response's residual. The two agree when all weights are equal (up to R's
 * `n / (n - 1)`), and the tests report how far apart they are on raked data.
 *
 * With all weights 1 the score and shares are exactly those of `computeNps`, and the interval is
 * exactly `npsInterval`'s with `method: "wald"`.
 *
 * @param responses - Records `{ score, weight }`, or plain 0-10 scores with `options.weights`.
 * @param options - `weights` (one per score) and `confidence` (0.95).
 * @returns The weighted NPS and its interval, or `undefined` when there are no responses or the
 *   weights add up to 0.
 * @throws `CxMetricsError`: for a score, the codes of `computeNps` (field `scores[i]` or
 *   `responses[i].score`); for a weight `negative`, `not-finite`, `not-a-number` or `wrong-type`
 *   (field `options.weights[i]` or `responses[i].weight`); `inconsistent` (field `scores`) for a
 *   number of scores other than the number of weights;
 *   `unknown-field` for a misspelt field or option; `out-of-range` for a bad confidence.
 *
 * @example
 * weightedNps([{ score: 10, weight: 3 }, { score: 2, weight: 1 }])?.score; // => 50
 * const r = weightedNps([10, 9, 7, 3], { weights: [1, 1, 2, 4] });
 * r?.score; // => -25
 * r?.effectiveResponses; // => 2.9090909090909092
 * weightedNps([9], { weights: [0] }); // => undefined
 *
 * @category Statistics
 */
export function weightedNps(
  responses: Iterable<WeightedScore> | ArrayLike<number> | Iterable<number>,
  options?: WeightedNpsOptions,
): WeightedNpsResult | undefined {
  const o = readOptions(METRIC, options, ["weights", "confidence"]);
  const { confidence, z } = readConfidence(METRIC, "options.confidence", o["confidence"]);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let total = 0;
  const effective = new EffectiveSize();
  const n = forEachWeighted(METRIC, responses, o["weights"], "score", "scores", SCORE, (score, weight) => {
    if (score >= 9) promoters += weight;
    else if (score <= 6) detractors += weight;
    else passives += weight;
    total += weight;
    effective.add(weight);
  });
  if (total === 0) return undefined;
  // Weights near the largest double can add up past it: the total must be a number.
  const weightsField = o["weights"] === undefined ? "responses" : "options.weights";
  finiteResult(METRIC, weightsField, total, o["weights"] ?? responses);
  const effectiveResponses = effective.value();
  // From the weights themselves (exact for whole weights, as computeNps is for counts); on shares
  // of the total (a total of 1) when the total's square would underflow or overflow.
  const squareable = Number.isFinite(total * total) && total * total > 0;
  const { centre, variance } = squareable
    ? npsEstimate(promoters, detractors, total, "wald")
    : npsEstimate(promoters / total, detractors / total, 1, "wald");
  // A zero variance (every weighted answer in one category) gives no interval, as in npsInterval.
  const marginOfError = variance === 0 ? undefined : 100 * z * Math.sqrt(variance / effectiveResponses);
  const score = percentOfWeights(promoters - detractors, total);
  return {
    score,
    lower: marginOfError === undefined ? undefined : Math.max(-100, 100 * centre - marginOfError),
    upper: marginOfError === undefined ? undefined : Math.min(100, 100 * centre + marginOfError),
    marginOfError,
    promoterPercent: percentOfWeights(promoters, total),
    passivePercent: percentOfWeights(passives, total),
    detractorPercent: percentOfWeights(detractors, total),
    responses: n,
    totalWeight: total,
    effectiveResponses,
    confidence,
  };
}
