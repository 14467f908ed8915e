import { readMovements } from "../internal/movements.js";
import { percentOfAmounts } from "../internal/results.js";

/**
 * The movements net revenue retention reads (the result of `mrrMovements` fits).
 *
 * @category Revenue
 */
export interface NetRevenueRetentionInput {
  /** MRR at the start of the period. */
  readonly startingMrr: number;
  /** Increases of customers who paid at both moments. */
  readonly expansionMrr: number;
  /** Decreases of customers who still pay. */
  readonly contractionMrr: number;
  /** MRR of customers who left. */
  readonly churnedMrr: number;
}

const METRIC = "netRevenueRetention";

/**
 * Computes net revenue retention (NRR, also net dollar retention): what the customers present
 * at the start pay at the end, as a share of what they paid at the start.
 *
 * `100 * (startingMrr + expansionMrr - contractionMrr - churnedMrr) / startingMrr`. It covers the
 * starting cohort only, so new and reactivated customers are left out (the cohort definition used
 * by ChartMogul, Baremetrics and the KeyBanc SaaS survey; a reactivated customer was not in the
 * cohort at the start). With no reactivation, `NRR = 100 - netMrrChurnRate`. It exceeds 100 when
 * expansion outgrows losses.
 *
 * @param input - The result of `mrrMovements`, or the named amounts.
 * @returns NRR in percent (0 or more), or `undefined` when the starting MRR is 0.
 * @throws `CxMetricsError`: amount codes for a bad amount; `inconsistent` (field `churnedMrr`)
 *   when contraction and churn exceed the starting MRR.
 *
 * @example
 * netRevenueRetention({ startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 500 }); // => 101
 *
 * @category Revenue
 */
export function netRevenueRetention(input: NetRevenueRetentionInput): number | undefined {
  const m = readMovements(METRIC, input, ["startingMrr", "expansionMrr", "contractionMrr", "churnedMrr"]);
  const terms = [m.startingMrr, m.expansionMrr, -m.contractionMrr, -m.churnedMrr];
  return percentOfAmounts(METRIC, { name: "expansionMrr", received: m.expansionMrr }, terms, m.startingMrr, { min: 0 });
}
