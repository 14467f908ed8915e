/** The p-value adjustments; the first is the default. */
export const ADJUST_METHODS = ["holm", "hochberg", "bonferroni", "benjamini-hochberg"] as const;

/** One of {@link ADJUST_METHODS}. */
export type AdjustMethod = (typeof ADJUST_METHODS)[number];

/**
 * Adjusts validated p-values (each 0 to 1) for multiple comparisons, as R's `p.adjust` does, and
 * returns them in their input order. With the p-values ranked from smallest (rank 1) to largest
 * (rank n): Bonferroni `min(1, n p)`; Holm the running maximum, from the smallest up, of
 * `(n - rank + 1) p`; Hochberg the running minimum, from the largest down, of
 * `(n - rank + 1) p`; Benjamini-Hochberg the running minimum, from the largest down, of
 * `(n / rank) p`; each capped at 1. The products are written as R writes them, so the results
 * agree to the last bit. How ties are ranked does not matter: tied p-values get the same value.
 */
export function adjustSorted(p: ArrayLike<number>, method: AdjustMethod): number[] {
  const n = p.length;
  const adjusted: number[] = new Array<number>(n);
  if (method === "bonferroni") {
    for (let i = 0; i < n; i++) adjusted[i] = Math.min(1, n * p[i]!);
    return adjusted;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  if (method === "holm") {
    let running = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      running = Math.max(running, (n - k) * p[i]!);
      adjusted[i] = Math.min(1, running);
    }
    return adjusted;
  }
  let running = Infinity;
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    const rank = k + 1;
    running = Math.min(running, method === "hochberg" ? (n + 1 - rank) * p[i]! : (n / rank) * p[i]!);
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}
