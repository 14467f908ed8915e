import { bgBbLogLikelihood, readBgBbHistory, readBgBbModel } from "../internal/bgBb.js";
import { readRecord } from "../internal/readers.js";
import { logBeta } from "../internal/specialFunctions.js";
import type { BgBbParameters } from "./fitBgBb.js";

/**
 * A customer's history over discrete transaction opportunities, as the BG/BB predictions read it.
 *
 * @category Models
 */
export interface BgBbCustomer {
  /** Opportunities with a transaction after the first one, a whole number from 0 to `periods`. */
  readonly frequency: number;
  /** The opportunity of the last transaction, from `frequency` to `periods`; 0 with none. */
  readonly recency: number;
  /** Opportunities observed after the first transaction, a whole number up to 1,000,000. */
  readonly periods: number;
}

const METRIC = "bgBbProbabilityAlive";
const CUSTOMER_FIELDS = ["frequency", "recency", "periods", "count"];

/**
 * The probability that a customer is still alive at the next transaction opportunity, n + 1,
 * under a fitted BG/BB model (Fader, Hardie and Shang, "Customer-Base Analysis in a
 * Discrete-Time Noncontractual Setting", Marketing Science 29(6), 2010, equation 11):
 * `P(alive at n+1 | x, tₓ, n) = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n+1)/B(γ, δ)`
 * `/ L(α, β, γ, δ | x, tₓ, n)`,
 * with L the likelihood of {@link fitBgBb}.
 *
 * It never rises with `periods` at a fixed frequency and recency: each opportunity without a
 * transaction is more evidence of dropout.
 *
 * @param model - `{ alpha, beta, gamma, delta }`: a {@link fitBgBb} result or a saved copy
 *   (other fields are ignored).
 * @param customer - `{ frequency, recency, periods }` (a `count` field is allowed, so a fit's rows
 *   work as they are).
 * @returns A probability from 0 to 1.
 * @throws `CxMetricsError`: `out-of-range` naming a parameter that is not positive
 *   (`model.gamma`), `wrong-type` for a missing one; on the customer's fields the codes of
 *   {@link fitBgBb}'s rows, named `customer.frequency` and so on.
 *
 * @example
 * // Fader, Hardie and Shang (2010), donations fit; a donor who gave in 3 of 6 years, last in year 5
 * const model = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * Math.round(bgBbProbabilityAlive(model, { frequency: 3, recency: 5, periods: 6 }) * 1000) / 1000; // => 0.767
 *
 * @category Models
 */
export function bgBbProbabilityAlive(model: BgBbParameters, customer: BgBbCustomer): number {
  const theta = readBgBbModel(METRIC, model);
  const history = readBgBbHistory(METRIC, "customer.", readRecord(METRIC, "customer", customer, CUSTOMER_FIELDS));
  const [a, b, g, d] = theta;
  const { frequency: x, periods: n } = history;
  const alive = logBeta(a + x, b + n - x) - logBeta(a, b) + logBeta(g, d + n + 1) - logBeta(g, d);
  return Math.min(1, Math.exp(alive - bgBbLogLikelihood(theta, history)));
}
