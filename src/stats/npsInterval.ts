import { readConfidence, readMethod } from "../internal/intervalOptions.js";
import { npsScore, readNpsCounts } from "../internal/npsCounts.js";
import { NPS_METHODS, npsEstimate } from "../internal/npsEstimate.js";
import { readOptions } from "../internal/readers.js";
import type { NpsInput } from "../survey/computeNps.js";

/**
 * How an NPS interval is computed.
 *
 * @category Statistics
 */
export type NpsIntervalMethod = "adjusted-wald" | "wald";

/**
 * Options for {@link npsInterval} and {@link compareNps}.
 *
 * @category Statistics
 */
export interface NpsIntervalOptions {
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** `"adjusted-wald"` (default) or `"wald"`. */
  readonly method?: NpsIntervalMethod;
}

/**
 * An NPS with its confidence interval, in points. `Bound` is `number` for the default method and
 * `number | undefined` when the method may be `"wald"`, whose interval does not exist when every
 * respondent gave the same answer category (its standard error is 0).
 *
 * @typeParam Bound - The type of the bounds and the margin of error.
 * @category Statistics
 */
export interface NpsIntervalResult<Bound extends number | undefined = number> {
  /** The observed NPS, -100 to 100 (as `computeNps` gives it). */
  readonly score: number;
  /** The lower bound, clipped to -100; `undefined` for a Wald interval with a zero standard error. */
  readonly lower: Bound;
  /** The upper bound, clipped to 100; `undefined` for a Wald interval with a zero standard error. */
  readonly upper: Bound;
  /** Half the width of the interval before clipping, in points; `undefined` as the bounds are. */
  readonly marginOfError: Bound;
  /** The number of responses. */
  readonly responses: number;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method used. */
  readonly method: NpsIntervalMethod;
}

const METRIC = "npsInterval";

/**
 * Computes a confidence interval for the Net Promoter Score.
 *
 * The NPS is the mean of a trinomial variable (+1 promoter, 0 passive, -1 detractor), whose
 * variance per respondent is `p + d - (p - d)^2` for promoter and detractor shares p and d.
 * `"wald"` centres the interval on the observed NPS: `(p - d) +/- z * sqrt(variance / n)`.
 * `"adjusted-wald"` (the default) first adds 0.75 promoters, 1.5 passives and 0.75 detractors
 * (3 responses in all), and centres the interval on that adjusted NPS, not on the observed one;
 * Rocks ("Interval Estimation for the Net Promoter Score", The American Statistician 70(4), 2016)
 * found it the most accurate of six methods, and MeasuringU (Sauro and Lewis) recommend it. Its
 * interval never collapses to a point, even for 5 promoters out of 5. All values are in NPS
 * points; the bounds are clipped to -100..100, and `marginOfError` is the half-width before that.
 * When every respondent gave the same category (all promoters, say), the Wald standard error is
 * 0 and a Wald interval would be a point that claims certainty from any sample size: its bounds
 * and margin are then `undefined` (the adjusted Wald interval always exists).
 *
 * @param input - Anything `computeNps` takes: raw 0-10 scores or `{ promoters, passives, detractors }`.
 * @param options - `confidence` (default 0.95) and `method` (default `"adjusted-wald"`).
 * @returns The interval, or `undefined` when there are no responses.
 * @throws `CxMetricsError`: every code `computeNps` throws for bad scores or counts (with the
 *   same fields, and `npsInterval` as the metric);
 *   `out-of-range` or `not-a-number` for a confidence not strictly between 0 and 1
 *   (field `options.confidence`) or an unknown method (field `options.method`).
 *
 * @example
 * const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 }, { method: "wald" });
 * r?.score; // => 30
 * r?.marginOfError?.toFixed(2); // => "15.31"
 * [r?.lower?.toFixed(1), r?.upper?.toFixed(1)]; // => ["14.7", "45.3"]
 * npsInterval([10, 9], { method: "wald" })?.lower; // => undefined
 * npsInterval([]); // => undefined
 *
 * @category Statistics
 */
export function npsInterval(
  input: NpsInput,
  options?: NpsIntervalOptions & { readonly method?: "adjusted-wald" },
): NpsIntervalResult | undefined;
export function npsInterval(
  input: NpsInput,
  options: NpsIntervalOptions,
): NpsIntervalResult<number | undefined> | undefined;
export function npsInterval(
  input: NpsInput,
  options?: NpsIntervalOptions,
): NpsIntervalResult<number | undefined> | undefined {
  const o = readOptions(METRIC, options, ["confidence", "method"]);
  const { confidence, z } = readConfidence(METRIC, "options.confidence", o["confidence"]);
  const method = readMethod(METRIC, o["method"], NPS_METHODS);
  const counts = readNpsCounts(METRIC, input);
  const { promoters, detractors, responses } = counts;
  if (responses === 0) return undefined;
  const { centre, variance, n } = npsEstimate(promoters, detractors, responses, method);
  if (variance === 0) {
    // Only a Wald estimate has a zero variance (the adjusted one adds every category).
    return {
      score: npsScore(counts),
      lower: undefined,
      upper: undefined,
      marginOfError: undefined,
      responses,
      confidence,
      method,
    };
  }
  const marginOfError = 100 * z * Math.sqrt(variance / n);
  return {
    score: npsScore(counts),
    lower: Math.max(-100, 100 * centre - marginOfError),
    upper: Math.min(100, 100 * centre + marginOfError),
    marginOfError,
    responses,
    confidence,
    method,
  };
}
