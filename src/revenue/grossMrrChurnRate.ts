import { readMovements } from "../internal/movements.js";
import { percentOfAmounts } from "../internal/results.js";

/**
 * The movements a gross MRR churn rate reads (the result of `mrrMovements` fits).
 *
 * @category Revenue
 */
export interface GrossMrrChurnInput {
  /** MRR at the start of the period. */
  readonly startingMrr: number;
  /** Decreases of customers who still pay. */
  readonly contractionMrr: number;
  /** MRR of customers who left. */
  readonly churnedMrr: number;
}

const METRIC = "grossMrrChurnRate";

/**
 * Computes the gross MRR churn rate: the share of the starting MRR lost to cancellations and
 * downgrades. `100 * (churnedMrr + contractionMrr) / startingMrr` (ChartMogul's and
 * Baremetrics' "gross MRR churn rate"), 0 to 100; expansion does not offset it.
 *
 * @param input - The result of `mrrMovements`, or `{ startingMrr, contractionMrr, churnedMrr }`.
 * @returns The rate, 0 to 100, or `undefined` when the starting MRR is 0.
 * @throws `CxMetricsError`: amount codes for a bad amount; `inconsistent` (field `churnedMrr`)
 *   when contraction and churn exceed the starting MRR.
 *
 * @example
 * grossMrrChurnRate({ startingMrr: 10000, contractionMrr: 300, churnedMrr: 500 }); // => 8
 *
 * @category Revenue
 */
export function grossMrrChurnRate(input: GrossMrrChurnInput): number | undefined {
  const m = readMovements(METRIC, input, ["startingMrr", "contractionMrr", "churnedMrr"]);
  return percentOfAmounts(
    METRIC,
    { name: "startingMrr", received: m.startingMrr },
    [m.churnedMrr, m.contractionMrr],
    m.startingMrr,
    { min: 0, max: 100 },
  );
}
