import { shareOf } from "../internal/rates.js";

/**
 * The counts behind a renewal rate.
 *
 * @category Customers
 */
export interface RenewalRateInput {
  /** Customers who renewed; at most `eligible`. */
  readonly renewed: number;
  /** Customers whose contracts came up for renewal in the period. */
  readonly eligible: number;
}

const METRIC = "renewalRate";

/**
 * Computes the renewal rate: the percentage of customers up for renewal who renewed.
 *
 * `renewalRate = 100 * renewed / eligible` (seed document 004, S4-RENEWAL-DEF). The seed's
 * worked example divides the other way round ("75/24"); 24 renewals of 75 eligible customers is
 * 32 %, and 75 renewals of 24 eligible is a contradiction, rejected rather than reported as
 * 312.5 %.
 *
 * @param input - `{ renewed, eligible }`, whole numbers.
 * @returns The renewal rate, 0 to 100, or `undefined` when no customer was up for renewal.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count; `inconsistent` (field `renewed`) when more
 *   customers renewed than were eligible.
 *
 * @example
 * renewalRate({ renewed: 24, eligible: 75 }); // => 32
 * renewalRate({ renewed: 0, eligible: 0 }); // => undefined
 *
 * @category Customers
 */
export function renewalRate(input: RenewalRateInput): number | undefined {
  return shareOf(METRIC, input, "renewed", "eligible");
}
