import { aliveOpportunities, readBgBbModel, readFuturePeriods } from "../internal/bgBb.js";
import type { BgBbForecastOptions } from "./bgBbExpectedPurchases.js";
import type { BgBbParameters } from "./fitBgBb.js";

const METRIC = "bgBbNewCustomerPurchases";

/**
 * The expected number of transactions of a newly acquired customer in their first `periods`
 * transaction opportunities under a fitted BG/BB model (Fader, Hardie and Shang, "Customer-Base
 * Analysis in a Discrete-Time Noncontractual Setting", Marketing Science 29(6), 2010, equation 12),
 * computed as the sum over the opportunities of the chance of being alive and transacting there:
 * `E[X(n)] = α/(α+β) · Σ_{i=1}^{n} B(γ, δ+i)/B(γ, δ)`, which equals the paper's closed form
 * α/(α+β) · δ/(γ−1) · (1 − Γ(γ+δ)Γ(1+δ+n)/(Γ(γ+δ+n)Γ(1+δ))) and stays finite at γ = 1.
 *
 * @param model - `{ alpha, beta, gamma, delta }`: a {@link fitBgBb} result or a saved copy
 *   (other fields are ignored).
 * @param options - `{ periods }`, the number of opportunities n.
 * @returns The expected number of transactions (0 or more; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, the codes for a whole number from 0 to
 *   1,000,000; for the model, `out-of-range` naming a parameter that is not positive.
 *
 * @example
 * const model = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * bgBbNewCustomerPurchases(model, { periods: 5 }).toFixed(2); // => "1.94"
 *
 * @category Models
 */
export function bgBbNewCustomerPurchases(model: BgBbParameters, options: BgBbForecastOptions): number {
  const periods = readFuturePeriods(METRIC, options);
  const [a, b, g, d] = readBgBbModel(METRIC, model);
  return (a / (a + b)) * aliveOpportunities(g, d, 0, periods);
}
