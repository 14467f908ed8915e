import { fail, MAX_COUNT, num } from "./check.js";

/**
 * The smallest whole number of responses n for which the Wald margin of error
 * `z * sqrt(variance / n * fpc(n))` is at most `margin`, where `fpc(n) = (N - n) / (N - 1)` is
 * the finite-population correction for a population of N (none when N is undefined). Starts
 * just below the closed form `n0 = z^2 variance / margin^2`, `n = n0 / (1 + (n0 - 1) / N)`
 * (Cochran 1977), and steps to the exact boundary, so the answer achieves the margin and one
 * response fewer does not.
 */
export function sampleSize(z: number, variance: number, margin: number, population: number | undefined): number {
  const moe = (n: number): number =>
    z * Math.sqrt((variance / n) * (population === undefined || population === 1 ? 1 : (population - n) / (population - 1)));
  const n0 = (z * z * variance) / (margin * margin);
  // Start just below the closed form, then step up to the first n that achieves the margin: the
  // margin falls as n grows (to 0 at n = N with a population), so this is the smallest such n.
  let n = Math.max(1, Math.floor(population === undefined ? n0 : n0 / (1 + (n0 - 1) / population)) - 1);
  while (moe(n) > margin) n++;
  return n;
}

/** Reads the optional `population` field: a whole number of at least 1. */
export function populationField(metric: string, value: unknown): number | undefined {
  return value === undefined ? undefined : num(metric, "population", value, 1, MAX_COUNT, true, `a whole number from 1 to ${MAX_COUNT}`);
}

/** Reads a margin of error in points: above 0 and at most `max`. */
export function marginField(metric: string, value: unknown, max: number): number {
  const margin = num(metric, "marginOfError", value, 0, max, false, `a margin above 0 and at most ${max}`);
  if (margin === 0) fail("out-of-range", metric, "marginOfError", `a margin above 0 and at most ${max}`, value);
  return margin;
}
