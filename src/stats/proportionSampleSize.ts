import { readConfidence } from "../internal/intervalOptions.js";
import { readPercent, readRecord } from "../internal/readers.js";
import { readMargin, readPopulation, sampleSize } from "../internal/sampleSize.js";

/**
 * What a proportion must be measured to.
 *
 * @category Statistics
 */
export interface ProportionSampleSizeInput {
  /** The margin of error wanted, in percentage points (above 0, at most 100). */
  readonly marginOfError: number;
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** The share expected, in percent. Default 50, the worst case. */
  readonly expectedPercent?: number;
  /** The number of customers that could answer, for the finite-population correction. */
  readonly population?: number;
}

const METRIC = "proportionSampleSize";

/**
 * Computes how many responses a share (CSAT, FCR, a renewal rate) needs for a margin of error.
 *
 * `n0 = z^2 p (1 - p) / e^2` with the expected share p (50 % by default, the worst case) and the
 * margin e as fractions, then the finite-population correction `n = n0 / (1 + (n0 - 1) / N)` when
 * a population N is given (Cochran, Sampling Techniques, 1977). The answer is the smallest whole n
 * whose Wald margin is at most e.
 *
 * @param input - `{ marginOfError, confidence?, expectedPercent?, population? }`.
 * @returns The number of responses needed (at least 1, at most the population).
 * @throws `CxMetricsError`: `out-of-range` for a margin of 0 or above 100 or a confidence not
 *   strictly between 0 and 1; `negative` or `out-of-range` for a share off 0 to 100; count codes
 *   for a bad population.
 *
 * @example
 * proportionSampleSize({ marginOfError: 5 }); // => 385
 * proportionSampleSize({ marginOfError: 5, population: 1000 }); // => 278
 *
 * @category Statistics
 */
export function proportionSampleSize(input: ProportionSampleSizeInput): number {
  const o = readRecord(METRIC, "input", input, ["marginOfError", "confidence", "expectedPercent", "population"]);
  const marginReceived = readMargin(METRIC, o["marginOfError"], 100);
  const { z } = readConfidence(METRIC, "confidence", o["confidence"]);
  const p =
    o["expectedPercent"] === undefined ? 0.5 : readPercent(METRIC, "expectedPercent", o["expectedPercent"]) / 100;
  const population = readPopulation(METRIC, o["population"]);
  return sampleSize(METRIC, { z, variance: p * (1 - p), margin: marginReceived / 100, population, marginReceived });
}
