import {
  aliveOpportunities,
  bgBbLogLikelihood,
  readBgBbHistory,
  readBgBbModel,
  readFuturePeriods,
} from "../internal/bgBb.js";
import { readRecord } from "../internal/readers.js";
import { logBeta } from "../internal/specialFunctions.js";
import type { BgBbCustomer } from "./bgBbProbabilityAlive.js";
import type { BgBbParameters } from "./fitBgBb.js";

/**
 * Options of {@link bgBbExpectedPurchases} and {@link bgBbNewCustomerPurchases}.
 *
 * @category Models
 */
export interface BgBbForecastOptions {
  /** The horizon: how many future transaction opportunities, a whole number from 0 to 1,000,000. */
  readonly periods: number;
}

const METRIC = "bgBbExpectedPurchases";
const CUSTOMER_FIELDS = ["frequency", "recency", "periods", "count"];

/**
 * The expected number of transactions of a customer in the next `periods` opportunities under a
 * fitted BG/BB model (Fader, Hardie and Shang, "Customer-Base Analysis in a Discrete-Time
 * Noncontractual Setting", Marketing Science 29(6), 2010, equation 13), computed as the sum over
 * the future opportunities n + 1, ..., n + n* of the chance of being alive and transacting there:
 * `E[X(n, n+n*) | x, tₓ, n] = B(α+x+1, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ) / L`
 * `· Σ_{i=1}^{n*} B(γ, δ+n+i)/B(γ, δ+n)`,
 * with L the likelihood of {@link fitBgBb}. This equals the paper's closed form and stays finite at
 * γ = 1, where the closed form divides by zero; its cost grows with n*.
 *
 * @param model - `{ alpha, beta, gamma, delta }`: a {@link fitBgBb} result or a saved copy
 *   (other fields are ignored).
 * @param customer - `{ frequency, recency, periods }`, the history.
 * @param options - `{ periods }`, the number of future opportunities n*.
 * @returns The expected number of transactions (0 or more; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, the codes for a whole number from 0 to
 *   1,000,000; for the model, `out-of-range` naming a parameter that is not positive; the codes of
 *   {@link fitBgBb}'s rows for a bad `customer` field.
 *
 * @example
 * const model = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * // a donor who gave in 3 of 6 years, last in year 5: donations expected in the next 5 years
 * bgBbExpectedPurchases(model, { frequency: 3, recency: 5, periods: 6 }, { periods: 5 }).toFixed(2); // => "1.80"
 *
 * @category Models
 */
export function bgBbExpectedPurchases(
  model: BgBbParameters,
  customer: BgBbCustomer,
  options: BgBbForecastOptions,
): number {
  const futurePeriods = readFuturePeriods(METRIC, options);
  const theta = readBgBbModel(METRIC, model);
  const history = readBgBbHistory(METRIC, "customer.", readRecord(METRIC, "customer", customer, CUSTOMER_FIELDS));
  const [a, b, g, d] = theta;
  const { frequency: x, periods: n } = history;
  const logFactor =
    logBeta(a + x + 1, b + n - x) -
    logBeta(a, b) +
    logBeta(g, d + n) -
    logBeta(g, d) -
    bgBbLogLikelihood(theta, history);
  return Math.exp(logFactor) * aliveOpportunities(g, d, n, futurePeriods);
}
