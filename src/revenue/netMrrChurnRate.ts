import { readMovements } from "../internal/movements.js";
import { percentOfAmounts } from "../internal/results.js";

/**
 * The movements a net MRR churn rate reads (the result of `mrrMovements` fits).
 *
 * @category Revenue
 */
export interface NetMrrChurnInput {
  /** MRR at the start of the period. */
  readonly startingMrr: number;
  /** Increases of customers who paid at both moments. */
  readonly expansionMrr: number;
  /** Decreases of customers who still pay. */
  readonly contractionMrr: number;
  /** MRR of customers who left. */
  readonly churnedMrr: number;
  /** MRR of former customers paying again. Default 0. */
  readonly reactivationMrr?: number;
}

const METRIC = "netMrrChurnRate";

/**
 * Computes the net MRR churn rate: revenue lost net of revenue regained from existing and former
 * customers, as a share of the starting MRR.
 *
 * `100 * (churnedMrr + contractionMrr - expansionMrr - reactivationMrr) / startingMrr`, the
 * definition ChartMogul and Baremetrics publish. It is negative ("negative churn") when expansion
 * and reactivation outgrow the losses.
 *
 * @param input - The result of `mrrMovements`, or the named amounts.
 * @returns The rate in percent (any sign, at most 100), or `undefined` when the starting MRR is 0.
 * @throws `CxMetricsError`: amount codes for a bad amount; `inconsistent` (field `churnedMrr`)
 *   when contraction and churn exceed the starting MRR.
 *
 * @example
 * netMrrChurnRate({ startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 500 }); // => -1
 *
 * @category Revenue
 */
export function netMrrChurnRate(input: NetMrrChurnInput): number | undefined {
  const m = readMovements(METRIC, input, ["startingMrr", "expansionMrr", "contractionMrr", "churnedMrr"]);
  const terms = [m.churnedMrr, m.contractionMrr, -m.expansionMrr, -m.reactivationMrr];
  return percentOfAmounts(METRIC, { name: "expansionMrr", received: m.expansionMrr }, terms, m.startingMrr, {
    max: 100,
  });
}
