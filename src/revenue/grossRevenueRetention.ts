import { readMovements } from "../internal/movements.js";
import { percentOfAmounts } from "../internal/results.js";

/**
 * The movements gross revenue retention reads (the result of `mrrMovements` fits).
 *
 * @category Revenue
 */
export interface GrossRevenueRetentionInput {
  /** MRR at the start of the period. */
  readonly startingMrr: number;
  /** Decreases of customers who still pay. */
  readonly contractionMrr: number;
  /** MRR of customers who left. */
  readonly churnedMrr: number;
}

const METRIC = "grossRevenueRetention";

/**
 * Computes gross revenue retention (GRR): the share of the starting MRR kept, not counting any
 * expansion. `100 * (startingMrr - contractionMrr - churnedMrr) / startingMrr`, never above 100
 * and never above NRR; it equals `100 - grossMrrChurnRate`.
 *
 * @param input - The result of `mrrMovements`, or the named amounts.
 * @returns GRR, 0 to 100, or `undefined` when the starting MRR is 0.
 * @throws `CxMetricsError`: amount codes for a bad amount; `inconsistent` (field `churnedMrr`)
 *   when contraction and churn exceed the starting MRR.
 *
 * @example
 * grossRevenueRetention({ startingMrr: 10000, contractionMrr: 300, churnedMrr: 500 }); // => 92
 *
 * @category Revenue
 */
export function grossRevenueRetention(input: GrossRevenueRetentionInput): number | undefined {
  const m = readMovements(METRIC, input, ["startingMrr", "contractionMrr", "churnedMrr"]);
  const terms = [m.startingMrr, -m.contractionMrr, -m.churnedMrr];
  return percentOfAmounts(METRIC, { name: "startingMrr", received: m.startingMrr }, terms, m.startingMrr, {
    min: 0,
    max: 100,
  });
}
