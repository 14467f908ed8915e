import { readMovements } from "../internal/movements.js";
import { finiteResult } from "../internal/results.js";

/**
 * The movements the SaaS quick ratio reads (the result of `mrrMovements` fits).
 *
 * @category Revenue
 */
export interface QuickRatioInput {
  /** MRR of new customers. */
  readonly newMrr: number;
  /** Increases of customers who paid at both moments. */
  readonly expansionMrr: number;
  /** MRR of former customers paying again. Default 0. */
  readonly reactivationMrr?: number;
  /** Decreases of customers who still pay. */
  readonly contractionMrr: number;
  /** MRR of customers who left. */
  readonly churnedMrr: number;
}

const METRIC = "quickRatio";

/**
 * Computes the SaaS quick ratio: MRR gained per unit of MRR lost,
 * `(newMrr + expansionMrr + reactivationMrr) / (churnedMrr + contractionMrr)` (Mamoon Hamid's
 * definition, as ChartMogul and Baremetrics report it). Above 4 is commonly read as efficient
 * growth, below 1 as shrinking. A ratio, not a percentage.
 *
 * @param input - The result of `mrrMovements`, or the named amounts.
 * @returns The ratio (0 or more), or `undefined` when nothing was lost (no denominator).
 * @throws `CxMetricsError`: amount codes for a bad amount.
 *
 * @example
 * quickRatio({
 *   newMrr: 1200,
 *   expansionMrr: 900,
 *   reactivationMrr: 100,
 *   contractionMrr: 300,
 *   churnedMrr: 500,
 * }); // => 2.75
 * quickRatio({ newMrr: 100, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 }); // => undefined
 *
 * @category Revenue
 */
export function quickRatio(input: QuickRatioInput): number | undefined {
  const m = readMovements(METRIC, input, ["newMrr", "expansionMrr", "contractionMrr", "churnedMrr"]);
  const lost = m.churnedMrr + m.contractionMrr;
  return lost === 0
    ? undefined
    : finiteResult(METRIC, "input", (m.newMrr + m.expansionMrr + m.reactivationMrr) / lost, input);
}
