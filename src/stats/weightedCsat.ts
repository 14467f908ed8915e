import { readConfidence } from "../internal/intervalOptions.js";
import { readRating, readScaleOption } from "../internal/ratingScale.js";
import { readOptions } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import { EffectiveSize, forEachWeighted, percentOfWeights } from "../internal/weighted.js";
import type { RatingScale } from "../survey/ratingScale.js";

/**
 * One weighted CSAT rating: a rating on the scale and its weight.
 *
 * @category Statistics
 */
export interface WeightedRating {
  /** The rating, a whole number on the scale. */
  readonly rating: number;
  /** The rating's weight, a non-negative finite number (0 leaves the rating out). */
  readonly weight: number;
}

/**
 * Options for {@link weightedCsat}.
 *
 * @category Statistics
 */
export interface WeightedCsatOptions {
  /** One weight per rating, in the order of the ratings; required when the input is plain ratings. */
  readonly weights?: ArrayLike<number>;
  /** The rating scale, whole numbers from `min` to `max`. Default `{ min: 1, max: 5 }`. */
  readonly scale?: RatingScale;
  /** The lowest rating that counts as satisfied. Default: the top two points (`scale.max - 1`). */
  readonly satisfiedAtLeast?: number;
  /** The confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/**
 * A weighted CSAT with its interval, in percent.
 *
 * @category Statistics
 */
export interface WeightedCsatResult {
  /** The weighted share of satisfied ratings, in percent, 0 to 100. */
  readonly percent: number;
  /**
   * The lower bound of the interval, in percent (clipped to 0); `undefined` when no or every
   * weighted rating is satisfied (zero variance).
   */
  readonly lower: number | undefined;
  /** The upper bound of the interval, in percent (clipped to 100); `undefined` when the lower one is. */
  readonly upper: number | undefined;
  /** The number of ratings read (those of weight 0 included). */
  readonly responses: number;
  /** The sum of the weights. */
  readonly totalWeight: number;
  /** Kish's effective sample size, `(sum w)^2 / sum w^2`. */
  readonly effectiveResponses: number;
  /** The confidence level used. */
  readonly confidence: number;
}

const METRIC = "weightedCsat";
const DEFAULT_SCALE: RatingScale = { min: 1, max: 5 };

/**
 * Computes the customer satisfaction score (CSAT) of weighted ratings, with a confidence interval.
 *
 * The CSAT is `100 Ws / W`, the weight of satisfied ratings (at or above `satisfiedAtLeast`, by
 * default the top two points, as in `csat`) over the weight of all: the weighted mean of a 0/1
 * variable, which is what R's `svymean` estimates on `svydesign(ids = ~1, weights = ~w)`. The
 * interval is Wald's on Kish's effective sample size `n_eff = W^2 / sum(w^2)` (Kish, Survey
 * Sampling, 1965, section 11.7): `p +/- z sqrt(p (1 - p) / n_eff)`, clipped to 0..100; when no or
 * every rating is satisfied its variance is 0 and the bounds are `undefined`, as in
 * `proportionInterval`. R's `svymean` uses the linearization standard
 * error instead (see `weightedNps` for the difference). With all weights 1 the percentage is
 * exactly `csat`'s and the interval exactly `proportionInterval`'s with `method: "wald"`.
 *
 * @param ratings - Records `{ rating, weight }`, or plain ratings with `options.weights`.
 * @param options - `weights`, `scale` (1 to 5), `satisfiedAtLeast` and `confidence` (0.95).
 * @returns The weighted CSAT and its interval, or `undefined` when there are no ratings or the
 *   weights add up to 0.
 * @throws `CxMetricsError`: for a rating the codes of `csat` (field `ratings[i]` or
 *   `responses[i].rating`); for a weight `negative`, `not-finite`, `not-a-number` or
 *   `wrong-type` (field `options.weights[i]` or `responses[i].weight`); `inconsistent` for a
 *   number of weights other than the number of ratings or a bad scale; `out-of-range` for a
 *   threshold off the scale or a bad confidence; `unknown-field` for a misspelt field or option.
 *
 * @example
 * weightedCsat([5, 4, 2, 1], { weights: [1, 1, 3, 1] })?.percent; // => 33.333333333333336
 * weightedCsat([{ rating: 5, weight: 2 }, { rating: 1, weight: 2 }])?.percent; // => 50
 * weightedCsat([]); // => undefined
 *
 * @category Statistics
 */
export function weightedCsat(
  ratings: Iterable<WeightedRating> | ArrayLike<number> | Iterable<number>,
  options?: WeightedCsatOptions,
): WeightedCsatResult | undefined {
  const o = readOptions(METRIC, options, ["weights", "scale", "satisfiedAtLeast", "confidence"]);
  const scale = readScaleOption(METRIC, o["scale"], DEFAULT_SCALE);
  const cut =
    o["satisfiedAtLeast"] === undefined
      ? scale.max - 1
      : readRating(METRIC, "options.satisfiedAtLeast", o["satisfiedAtLeast"], scale);
  const { confidence, z } = readConfidence(METRIC, "options.confidence", o["confidence"]);
  let satisfied = 0;
  let total = 0;
  const effective = new EffectiveSize();
  const rule = { min: scale.min, max: scale.max, integer: true };
  const n = forEachWeighted(METRIC, ratings, o["weights"], "rating", "ratings", rule, (rating, weight) => {
    if (rating >= cut) satisfied += weight;
    total += weight;
    effective.add(weight);
  });
  if (total === 0) return undefined;
  // Weights near the largest double can add up past it: the total must be a number.
  const weightsField = o["weights"] === undefined ? "responses" : "options.weights";
  finiteResult(METRIC, weightsField, total, o["weights"] ?? ratings);
  const effectiveResponses = effective.value();
  const p = satisfied / total;
  // At p = 0 or 1 the Wald variance is 0 and there is no interval, as in proportionInterval.
  const half = p === 0 || p === 1 ? undefined : z * Math.sqrt((p * (1 - p)) / effectiveResponses);
  return {
    // At most 100: the satisfied weights are summed apart from the total and may round above it.
    percent: Math.min(100, percentOfWeights(satisfied, total)),
    lower: half === undefined ? undefined : Math.max(0, 100 * (p - half)),
    upper: half === undefined ? undefined : Math.min(100, 100 * (p + half)),
    responses: n,
    totalWeight: total,
    effectiveResponses,
    confidence,
  };
}
