import { fail } from "./fail.js";
import { MAX_COUNT } from "./limits.js";
import { readNumber } from "./readers.js";

/** What a sample size depends on. */
export interface SampleDesign {
  /** The two-sided critical value of the confidence level. */
  readonly z: number;
  /** The variance of one response. */
  readonly variance: number;
  /** The margin of error wanted, on the scale of the variance (a fraction, not points). */
  readonly margin: number;
  /** The population for the finite-population correction, if any. */
  readonly population: number | undefined;
  /** The margin as the caller gave it, for the error message. */
  readonly marginReceived: number;
}

/**
 * The smallest whole number of responses n for which the Wald margin of error
 * `z * sqrt(variance / n * fpc(n))` is at most `margin`, where `fpc(n) = (N - n) / (N - 1)` is
 * the finite-population correction for a population of N (none when N is undefined). From the
 * closed form `n0 = z^2 variance / margin^2`, `n = n0 / (1 + (n0 - 1) / N)` (Cochran, Sampling
 * Techniques, 3rd ed., 1977, 4.2), rounded up and then moved by exact checks of its neighbours,
 * so the answer achieves the margin and one response fewer does not; in constant time. With a
 * population the answer is at most N (asking everyone leaves no sampling error). A sample too
 * large to be a count (`MAX_COUNT`) is `out-of-range`, naming `marginOfError`.
 */
export function sampleSize(metric: string, design: SampleDesign): number {
  const { z, variance, margin, population } = design;
  if (variance === 0) return 1; // every answer alike: one response tells all
  const marginAt = (n: number): number => {
    const correction = population === undefined || population === 1 ? 1 : (population - n) / (population - 1);
    return z * Math.sqrt((variance / n) * correction);
  };
  const n0 = (z * z * variance) / (margin * margin);
  if (!(n0 > 0)) return 1; // a variance too small to survive the division: one response suffices
  let n = population === undefined ? n0 : closedFormWithPopulation(n0, population);
  // With a population the answer is at most the population; a closed form that rounding left
  // without a value (a subnormal n0 against a population of 1) is that bound too.
  if (population !== undefined && !(n < population)) return population;
  if (!(n <= MAX_COUNT)) {
    fail({
      code: "out-of-range",
      metric,
      field: "marginOfError",
      expected: `a margin that needs at most ${MAX_COUNT} responses`,
      received: design.marginReceived,
    });
  }
  n = Math.max(1, Math.ceil(n));
  if (population !== undefined && n >= population) return population;
  // The closed form is exact up to rounding: a step either way would settle the boundary if
  // rounding ever moved it. A search of 2,000,000 margins and populations found no such case, so
  // these guards are not reached by the tests.
  /* v8 ignore start */
  while (n > 1 && marginAt(n - 1) <= margin) n--;
  while (marginAt(n) > margin) n++;
  /* v8 ignore stop */
  return n;
}

/** Cochran's correction `n0 / (1 + (n0 - 1) / N)`, written so an infinite `n0` gives N. */
function closedFormWithPopulation(n0: number, population: number): number {
  return n0 === Infinity ? population : (n0 * population) / (n0 + population - 1);
}

/** Reads the optional `population` field: a whole number from 1 to `MAX_COUNT`. */
export function readPopulation(metric: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  return readNumber(metric, "population", value, { min: 1, max: MAX_COUNT, integer: true, noun: "a whole number" });
}

/** Reads a margin of error in points named `marginOfError`: above 0 and at most `max`. */
export function readMargin(metric: string, value: unknown, max: number): number {
  return readNumber(metric, "marginOfError", value, { above: 0, max, noun: "a margin" });
}
