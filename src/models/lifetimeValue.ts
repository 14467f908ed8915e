import { customerValue, discountedPurchases, readValuedCustomer, readValueSetting } from "../internal/lifetimeValue.js";
import type { BgNbdParameters, PurchaseHistory } from "./fitBgNbd.js";
import type { GammaGammaParameters } from "./fitGammaGamma.js";

/**
 * The two models a lifetime value combines: BG/NBD for how many purchases, Gamma-Gamma for what
 * each is worth. Fits or saved copies (other fields are ignored).
 *
 * @category Models
 */
export interface LifetimeValueModels {
  /** The purchase model, `{ r, alpha, a, b }` (a {@link fitBgNbd} result). */
  readonly bgNbd: BgNbdParameters;
  /** The spend model, `{ p, q, gamma }` (a {@link fitGammaGamma} result), with q above 1. */
  readonly gammaGamma: GammaGammaParameters;
}

/**
 * Options of {@link lifetimeValue} and {@link lifetimeValues}.
 *
 * @category Models
 */
export interface LifetimeValueOptions {
  /** The horizon: how many periods ahead, a whole number from 0 to 100,000. */
  readonly periods: number;
  /** The length of a period in the models' unit of time (default 1; 52 / 12 for months of a weekly model). */
  readonly periodLength?: number;
  /** The discount rate per period, in percent (0 or more; 1 for 1 % a period). */
  readonly discountPercent: number;
  /** The margin on revenue, in percent from 0 to 100. */
  readonly marginPercent: number;
}

/**
 * A customer as {@link lifetimeValue} reads it: the history and mean spend (an rfmSummary row
 * works as it is).
 *
 * @category Models
 */
export interface LifetimeValueCustomer extends PurchaseHistory {
  /** The mean value of the repeat purchases, above 0; ignored (may be absent) when `frequency` is 0. */
  readonly monetaryValue?: number | undefined;
}

const METRIC = "lifetimeValue";

/**
 * A customer's expected, discounted value over a horizon: BG/NBD expected purchases in each
 * period, times the Gamma-Gamma expected value per purchase, times the margin, discounted per
 * period.
 *
 * `CLV = Σ_{k=1}^{K} (E[X(T, T+kL)] − E[X(T, T+(k−1)L)]) · E[M | x, z̄] · m / (1 + d)^k`, with
 * E[X(T, T+t)] the BG/NBD conditional expectation of Fader, Hardie and Lee, "'Counting Your
 * Customers' the Easy Way", Marketing Science 24(2), 2005, equation (10); E[M | x, z̄] =
 * p (γ + x z̄) / (px + q − 1), the Gamma-Gamma expected spend of Fader, Hardie and Lee, "RFM and
 * CLV", Journal of Marketing Research 42(4), 2005, equation (5); m = marginPercent / 100 and
 * d = discountPercent / 100 per period of L units. This is the discrete-period form of the
 * paper's discounted expected residual transactions (the form the `lifetimes` package's
 * `customer_lifetime_value` uses).
 *
 * Assumptions: spend per purchase is independent of the purchase process (the Gamma-Gamma
 * model's premise: check that frequency and mean spend are uncorrelated); purchases are purchase
 * days, as in the summary the models were fitted on; the margin is constant; each period's
 * purchases are discounted at its end; nothing after the horizon counts.
 *
 * @param models - `{ bgNbd, gammaGamma }`.
 * @param customer - `{ frequency, recency, age, monetaryValue }` in the models' unit of time.
 * @param options - `{ periods, discountPercent, marginPercent, periodLength? }`.
 * @returns The expected value, in the unit of `monetaryValue` (0 for `periods` 0 or margin 0).
 * @throws `CxMetricsError`: on `options.*` the codes for a bad horizon, discount, margin
 *   (`out-of-range` above 100) or period length; on `models.bgNbd.*` and `models.gammaGamma.*`
 *   `out-of-range` for a parameter that is not positive, and on `models.gammaGamma.q` unless above
 *   1; on `customer.*` the codes of fitBgNbd's rows, and for `customer.monetaryValue` with repeat
 *   purchases, the number codes unless a finite number above 0.
 *
 * @example
 * // CDNOW, weekly models; customer 1: 2 repeat purchases, the last at week 30.43 of 38.86, $22.35 each
 * const models = {
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 * };
 * const customer = { frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 };
 * // the next 52 weeks at 0.2 % a week, 30 % margin
 * lifetimeValue(models, customer, { periods: 52, discountPercent: 0.2, marginPercent: 30 }).toFixed(2); // => "10.98"
 *
 * @category Models
 */
export function lifetimeValue(
  models: LifetimeValueModels,
  customer: LifetimeValueCustomer,
  options: LifetimeValueOptions,
): number {
  const setting = readValueSetting(METRIC, models, options);
  const { x, tx, age, z } = readValuedCustomer(METRIC, "customer", customer);
  return customerValue(METRIC, "customer", setting, models, discountedPurchases(setting, x, tx, age), x, z);
}
