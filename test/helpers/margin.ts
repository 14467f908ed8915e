// The margin of error a sample of n achieves, written from Cochran (1977), "Sampling
// Techniques", 3rd ed., sections 4.4-4.6: z x sqrt(variance / n), times the finite-population
// correction sqrt((N - n) / (N - 1)) when a population N is given. z comes from AS 241, not from
// the library's own quantile.
import { as241 } from "./as241.js";

export function achievedMargin(confidence: number, variance: number, n: number, population?: number): number {
  const z = as241((1 + confidence) / 2);
  const correction = population === undefined || population === 1 ? 1 : (population - n) / (population - 1);
  return z * Math.sqrt((variance / n) * correction);
}
