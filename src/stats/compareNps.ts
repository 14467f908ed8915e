import { readConfidence, readMethod } from "../internal/intervalOptions.js";
import { normalCdf } from "../internal/normalDistribution.js";
import { npsScore, readNpsCounts } from "../internal/npsCounts.js";
import { NPS_METHODS, npsEstimate } from "../internal/npsEstimate.js";
import { readOptions } from "../internal/readers.js";
import { withoutNegativeZero } from "../internal/results.js";
import type { NpsInput } from "../survey/computeNps.js";
import type { NpsIntervalMethod, NpsIntervalOptions } from "./npsInterval.js";

/**
 * The change of NPS between two independent samples, with its uncertainty.
 *
 * @category Statistics
 */
export interface NpsComparison<Statistic extends number | undefined = number> {
  /** `b.score - a.score`, in points (-200 to 200), from the observed scores. */
  readonly difference: number;
  /** The lower bound of the difference's confidence interval, clipped to -200. */
  readonly lower: Statistic;
  /** The upper bound, clipped to 200. */
  readonly upper: Statistic;
  /**
   * The z statistic of the difference (on the method's centres); `undefined`, with `pValue`,
   * `lower` and `upper`, when the Wald standard error is 0 (every respondent of both samples in
   * one category), where no test exists.
   */
  readonly z: Statistic;
  /** The two-sided p-value of "no change": 1 for identical samples, small for a real change. */
  readonly pValue: Statistic;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method used. */
  readonly method: NpsIntervalMethod;
}

const METRIC = "compareNps";

/**
 * Compares the NPS of two independent samples (two periods, two segments): the difference
 * `b - a` in points, its confidence interval, the z statistic and the two-sided p-value.
 *
 * The standard error is unpooled, `sqrt(varianceA / nA + varianceB / nB)`, with each sample's
 * trinomial variance as in `npsInterval`; with `"adjusted-wald"` (the default) each sample gets
 * its 3 pseudo-responses first and the interval is centred on the difference of the adjusted
 * scores (Rocks 2016; MeasuringU's comparison of two NPS). `pValue = 2 * P(Z > |z|)`.
 *
 * @param a - The first sample (the baseline): anything `computeNps` takes.
 * @param b - The second sample.
 * @param options - `confidence` (default 0.95) and `method` (default `"adjusted-wald"`).
 * @returns The comparison, or `undefined` when either sample has no responses.
 * @throws `CxMetricsError`: the codes `computeNps` throws for either sample, with the sample named
 *   in the field (`a[3]`, `b.promoters`, `a.tally.counts[2]`), and `out-of-range` or
 *   `not-a-number` for a bad `confidence` or `method`.
 *
 * @example
 * const c = compareNps(
 *   { promoters: 40, passives: 30, detractors: 30 },
 *   { promoters: 50, passives: 30, detractors: 20 },
 * );
 * c?.difference; // => 20
 * c?.pValue.toFixed(3); // => "0.083"
 * (c?.lower ?? 0) < 0; // => true
 * compareNps([9, 10], []); // => undefined
 *
 * @category Statistics
 */
export function compareNps(
  a: NpsInput,
  b: NpsInput,
  options?: NpsIntervalOptions & { readonly method?: "adjusted-wald" },
): NpsComparison | undefined;
export function compareNps(
  a: NpsInput,
  b: NpsInput,
  options: NpsIntervalOptions,
): NpsComparison<number | undefined> | undefined;
export function compareNps(
  a: NpsInput,
  b: NpsInput,
  options?: NpsIntervalOptions,
): NpsComparison<number | undefined> | undefined {
  const o = readOptions(METRIC, options, ["confidence", "method"]);
  const { confidence, z: critical } = readConfidence(METRIC, "options.confidence", o["confidence"]);
  const method = readMethod(METRIC, o["method"], NPS_METHODS);
  const first = readNpsCounts(METRIC, a, "a", "a.");
  const second = readNpsCounts(METRIC, b, "b", "b.");
  if (first.responses === 0 || second.responses === 0) return undefined;
  const estimateA = npsEstimate(first.promoters, first.detractors, first.responses, method);
  const estimateB = npsEstimate(second.promoters, second.detractors, second.responses, method);
  const centre = 100 * (estimateB.centre - estimateA.centre);
  const se = 100 * Math.sqrt(estimateA.variance / estimateA.n + estimateB.variance / estimateB.n);
  const difference = withoutNegativeZero(npsScore(second) - npsScore(first));
  if (se === 0) {
    // Only Wald estimates have a zero standard error (every respondent of both samples in one
    // category): no test and no interval can be computed from it.
    return { difference, lower: undefined, upper: undefined, z: undefined, pValue: undefined, confidence, method };
  }
  const z = withoutNegativeZero(centre / se);
  return {
    difference,
    lower: Math.max(-200, centre - critical * se),
    upper: Math.min(200, centre + critical * se),
    z,
    pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))),
    confidence,
    method,
  };
}
