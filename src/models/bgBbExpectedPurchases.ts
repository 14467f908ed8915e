import { bgBbLogLikelihood, readBgBbHistory, readBgBbParameters } from "../internal/bgBb.js";
import { type NumberRule, readNumber, readRecord } from "../internal/readers.js";
import { logBeta } from "../internal/specialFunctions.js";
import type { BgBbCustomer } from "./bgBbProbabilityAlive.js";
import type { BgBbParameters } from "./fitBgBb.js";

/**
 * A customer's history and the horizon of a BG/BB forecast.
 *
 * @category Models
 */
export interface BgBbForecastInput extends BgBbCustomer {
  /** The number of future transaction opportunities, n*, a whole number from 0 to 1,000,000. */
  readonly futurePeriods: number;
}

const METRIC = "bgBbExpectedPurchases";
const FIELDS = ["frequency", "recency", "periods", "futurePeriods"];
/** The sum below takes one step per future opportunity: a million is 2,700 years of days. */
const FUTURE_PERIODS: NumberRule = { min: 0, max: 1_000_000, integer: true, noun: "a whole number", belowCode: "negative" };

/**
 * The expected number of transactions of a customer in the next `futurePeriods` opportunities
 * under the BG/BB model (Fader, Hardie and Shang, "Customer-Base Analysis in a Discrete-Time
 * Noncontractual Setting", Marketing Science 29(6), 2010, equation 13), here as the sum over the
 * future opportunities n + 1, ..., n + n* of the probability of being alive and transacting there:
 * `E[X(n, n+n*) | x, tₓ, n] = B(α+x+1, β+n−x)/B(α, β) / L · Σ_{i=1}^{n*} B(γ, δ+n+i)/B(γ, δ)`,
 * which equals the paper's closed form and stays finite at γ = 1, where the closed form divides
 * by zero. The terms follow from B(γ, δ+h+1) = B(γ, δ+h) (δ+h)/(γ+δ+h), so the cost grows with n*.
 *
 * A new customer, before any opportunity, is `{ frequency: 0, recency: 0, periods: 0 }`: the
 * result is then the paper's E[X(n*)] = α/(α+β) · δ/(γ−1) · (1 − Γ(γ+δ)Γ(1+δ+n*)/(Γ(γ+δ+n*)Γ(1+δ))),
 * the expected transactions of someone just acquired.
 *
 * @param parameters - `{ alpha, beta, gamma, delta }`, e.g. a fit's `parameters`.
 * @param input - `{ frequency, recency, periods, futurePeriods }`.
 * @returns The expected number of transactions, 0 or more (0 for `futurePeriods` 0).
 * @throws `CxMetricsError`: on `parameters.*` the number codes unless finite and above 0; on
 *   `input.frequency`, `input.recency`, `input.periods` the codes of {@link fitBgBb}'s rows; on
 *   `input.futurePeriods` the codes for a whole number from 0 to 1,000,000; `unknown-field` for another field.
 *
 * @example
 * const parameters = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * // a donor who gave in 3 of 6 years, last in year 5: donations expected in the next 5 years
 * bgBbExpectedPurchases(parameters, { frequency: 3, recency: 5, periods: 6, futurePeriods: 5 }).toFixed(2); // => "1.80"
 * // a new donor, over their first 5 opportunities
 * bgBbExpectedPurchases(parameters, { frequency: 0, recency: 0, periods: 0, futurePeriods: 5 }).toFixed(2); // => "1.94"
 *
 * @category Models
 */
export function bgBbExpectedPurchases(parameters: BgBbParameters, input: BgBbForecastInput): number {
  const theta = readBgBbParameters(METRIC, parameters);
  const record = readRecord(METRIC, "input", input, FIELDS);
  const history = readBgBbHistory(METRIC, "input.", record);
  const futurePeriods = readNumber(METRIC, "input.futurePeriods", record["futurePeriods"], FUTURE_PERIODS);
  const [a, b, g, d] = theta;
  const { frequency: x, periods: n } = history;
  // ratio = B(γ, δ+n+i)/B(γ, δ+n), from i = 1, by B(γ, δ+h+1) = B(γ, δ+h) (δ+h)/(γ+δ+h).
  let ratio = 1;
  let sum = 0;
  for (let i = 1; i <= futurePeriods; i++) {
    ratio *= (d + n + i - 1) / (g + d + n + i - 1);
    sum += ratio;
  }
  const logFactor =
    logBeta(a + x + 1, b + n - x) - logBeta(a, b) + logBeta(g, d + n) - logBeta(g, d) - bgBbLogLikelihood(theta, history);
  return Math.exp(logFactor) * sum;
}
