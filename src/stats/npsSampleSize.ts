import { fail } from "../internal/fail.js";
import { readConfidence } from "../internal/intervalOptions.js";
import { readPercent, readRecord } from "../internal/readers.js";
import { readMargin, readPopulation, sampleSize } from "../internal/sampleSize.js";

/**
 * What an NPS must be measured to.
 *
 * @category Statistics
 */
export interface NpsSampleSizeInput {
  /** The margin of error wanted, in NPS points (above 0, at most 200). */
  readonly marginOfError: number;
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** The share of promoters expected, in percent. Give both shares or neither. */
  readonly promoterPercent?: number;
  /** The share of detractors expected, in percent. */
  readonly detractorPercent?: number;
  /** The number of customers that could answer, for the finite-population correction. */
  readonly population?: number;
}

const METRIC = "npsSampleSize";

/**
 * Computes how many responses an NPS needs for a margin of error in points.
 *
 * `n0 = z^2 v / e^2`, where `v = p + d - (p - d)^2` is the trinomial variance per respondent for
 * promoter and detractor shares p and d, and e is the margin in points divided by 100 (NPS
 * points are hundredths of the -1 to 1 trinomial mean). Without expected shares the worst case is used: half promoters
 * and half detractors, v = 1. A common planning alternative is one third of each category
 * (`promoterPercent: 100 / 3, detractorPercent: 100 / 3`, v = 2/3), which needs a third fewer
 * responses. With a population N the finite-population correction applies. The answer is the
 * smallest whole n whose Wald margin is at most e.
 *
 * @param input - `{ marginOfError, confidence?, promoterPercent?, detractorPercent?, population? }`.
 * @returns The number of responses needed (at least 1, at most the population).
 * @throws `CxMetricsError`: `out-of-range` for a margin of 0 or above 200, or a confidence not
 *   strictly between 0 and 1; `inconsistent` when only one share is given or the shares add up to
 *   more than 100; codes of a bad percentage or population.
 *
 * @example
 * npsSampleSize({ marginOfError: 10 }); // => 385
 * npsSampleSize({ marginOfError: 10, promoterPercent: 100 / 3, detractorPercent: 100 / 3 }); // => 257
 *
 * @category Statistics
 */
export function npsSampleSize(input: NpsSampleSizeInput): number {
  const o = readRecord(METRIC, "input", input, [
    "marginOfError",
    "confidence",
    "promoterPercent",
    "detractorPercent",
    "population",
  ]);
  const marginReceived = readMargin(METRIC, o["marginOfError"], 200);
  const { z } = readConfidence(METRIC, "confidence", o["confidence"]);
  const variance = expectedVariance(o["promoterPercent"], o["detractorPercent"]);
  const population = readPopulation(METRIC, o["population"]);
  return sampleSize(METRIC, { z, variance, margin: marginReceived / 100, population, marginReceived });
}

/**
 * The variance of one response's score (+1, 0, -1) for the expected shares, `p + d - (p - d)^2`;
 * 1, the largest possible (half promoters, half detractors), when neither share is given.
 */
function expectedVariance(promoterPercent: unknown, detractorPercent: unknown): number {
  if (promoterPercent === undefined && detractorPercent === undefined) return 1;
  if (promoterPercent === undefined || detractorPercent === undefined) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "detractorPercent",
      expected: "given together with promoterPercent",
      received: detractorPercent,
    });
  }
  const p = readPercent(METRIC, "promoterPercent", promoterPercent) / 100;
  const d = readPercent(METRIC, "detractorPercent", detractorPercent) / 100;
  // The shares are fractions of 100 read from percentages: allow their sum the rounding of /100.
  if (p + d > 1 + 1e-12) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "detractorPercent",
      expected: "at most 100 - promoterPercent",
      received: detractorPercent,
    });
  }
  // p + d - (p - d)^2, written with non-negative terms only so it keeps its precision.
  return (1 - p - d) * (p + d) + 4 * p * d;
}
