import { MAX_COUNT } from "./limits.js";
import { readNumber } from "./readers.js";

/**
 * The smallest whole number of responses n for which the Wald margin of error
 * `z * sqrt(variance / n * fpc(n))` is at most `margin`, where `fpc(n) = (N - n) / (N - 1)` is
 * the finite-population correction for a population of N (none when N is undefined). Starts
 * just below the closed form `n0 = z^2 variance / margin^2`, `n = n0 / (1 + (n0 - 1) / N)`
 * (Cochran 1977), and steps to the exact boundary, so the answer achieves the margin and one
 * response fewer does not.
 */
export function sampleSize(z: number, variance: number, margin: number, population: number | undefined): number {
  const marginAt = (n: number): number => {
    const correction = population === undefined || population === 1 ? 1 : (population - n) / (population - 1);
    return z * Math.sqrt((variance / n) * correction);
  };
  const n0 = (z * z * variance) / (margin * margin);
  const closedForm = population === undefined ? n0 : n0 / (1 + (n0 - 1) / population);
  // The margin falls as n grows (to 0 at n = N with a population), so the first n from just below
  // the closed form that achieves it is the smallest.
  let n = Math.max(1, Math.floor(closedForm) - 1);
  while (marginAt(n) > margin) n++;
  return n;
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
