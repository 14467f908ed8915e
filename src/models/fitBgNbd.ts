import { bgNbdLogLikelihood } from "../internal/bgNbd.js";
import { readHistories } from "../internal/customerHistories.js";
import { readMaxIterations } from "../internal/fitOptions.js";
import { fitByMaximumLikelihood } from "../internal/maximumLikelihoodFit.js";

/**
 * One customer's purchase history, or several identical ones with a `count`: the row an RFM
 * summary gives (`rfmSummary`, `rfmGroups` or a warehouse `GROUP BY`).
 *
 * @category Models
 */
export interface PurchaseHistory {
  /** Repeat purchases: purchases after the first (a whole number). */
  readonly frequency: number;
  /** Time from the first to the last purchase, in the unit of `age` (0 when `frequency` is 0). */
  readonly recency: number;
  /** Time from the first purchase to the end of the observation, in any unit (weeks, days). */
  readonly age: number;
  /** How many customers have this history (a whole number; default 1). */
  readonly count?: number;
}

/**
 * The BG/NBD parameters: purchase rates while active follow Gamma(shape `r`, rate `alpha`), the
 * probability of dropping out after a purchase follows Beta(`a`, `b`).
 *
 * @category Models
 */
export interface BgNbdParameters {
  /** Shape of the gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate (scale parameter) of the gamma distribution of purchase rates, in the unit of time. */
  readonly alpha: number;
  /** First shape of the beta distribution of drop-out probabilities. */
  readonly a: number;
  /** Second shape of the beta distribution of drop-out probabilities. */
  readonly b: number;
}

/**
 * A fitted BG/NBD model: the parameters, usable directly (or saved as JSON) by the BG/NBD
 * prediction functions, with the fit's diagnostics.
 *
 * @category Models
 */
export interface BgNbdFit extends BgNbdParameters {
  /** The maximised log-likelihood. */
  readonly logLikelihood: number;
  /**
   * Standard errors of the parameters from the observed information matrix (the inverse Hessian
   * of the negative log-likelihood at the optimum); `undefined` when that matrix is not positive
   * definite.
   */
  readonly standardErrors: BgNbdParameters | undefined;
  /** The number of customers fitted: the sum of the counts. */
  readonly customers: number;
  /** Whether the optimiser met its tolerance; a fit that did not is returned but says so. */
  readonly converged: boolean;
  /** Optimiser iterations taken. */
  readonly iterations: number;
}

/**
 * Options of {@link fitBgNbd}.
 *
 * @category Models
 */
export interface BgNbdFitOptions {
  /** The most optimiser iterations (a whole number of at least 1; default 200). */
  readonly maxIterations?: number;
}

const METRIC = "fitBgNbd";

/**
 * Fits the BG/NBD ("beta-geometric/negative binomial distribution") model of repeat purchasing
 * by maximum likelihood.
 *
 * The model (Fader, Hardie and Lee, "'Counting Your Customers' the Easy Way: An Alternative to
 * the Pareto/NBD Model", Marketing Science 24(2), 2005): while active, a customer buys at a
 * Poisson rate λ ~ Gamma(r, α); after each purchase they become inactive with probability
 * p ~ Beta(a, b). The log-likelihood of a history (x, tₓ, T) is their equation (6),
 * ln[B(a, b + x)/B(a, b) · Γ(r + x)αʳ/(Γ(r)(α + T)^(r+x)) + δₓ₍>₀₎ B(a + 1, b + x - 1)/B(a, b) ·
 * Γ(r + x)αʳ/(Γ(r)(α + tₓ)^(r+x))], weighted by `count` and summed. It is maximised by BFGS with
 * analytic gradients over the logarithms of the parameters, from (1, 1, 1, 1); standard errors
 * come from the observed information matrix. Identical histories are merged first, so the fit does
 * not depend on the rows' order or on how a count is split.
 *
 * On the CDNOW calibration data (2,357 customers, weeks) it gives the paper's r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426 and log-likelihood -9582.4.
 *
 * @param rows - Purchase histories `{ frequency, recency, age, count? }`, any iterable; the other
 *   fields of an `rfmSummary` row are allowed and ignored.
 * @param options - `{ maxIterations }`.
 * @returns The fit, or `undefined` when there are no rows or all counts are 0.
 * @throws `CxMetricsError` naming the field: `wrong-type`, `not-a-number`, `not-finite`,
 *   `not-integer` or `negative` for a bad value (`rows[3].recency`), `unknown-field` for a field no
 *   history has, `inconsistent` (field `recency`) when recency exceeds age or is not 0 with no
 *   repeat purchase; `out-of-range` for `options.maxIterations` below 1.
 *
 * @example
 * const fit = fitBgNbd([
 *   { frequency: 0, recency: 0, age: 30, count: 50 },
 *   { frequency: 1, recency: 5, age: 30, count: 15 },
 *   { frequency: 2, recency: 8, age: 30, count: 10 },
 *   { frequency: 1, recency: 28, age: 30, count: 8 },
 *   { frequency: 3, recency: 10, age: 30, count: 7 },
 *   { frequency: 4, recency: 29, age: 30, count: 5 },
 *   { frequency: 2, recency: 25, age: 30, count: 5 },
 * ]);
 * fit?.customers; // => 100
 * fit?.converged; // => true
 * Math.round((fit?.r ?? 0) * 1000) / 1000; // => 0.449
 * Math.round((fit?.logLikelihood ?? 0) * 10) / 10; // => -405.9
 *
 * @category Models
 */
export function fitBgNbd(rows: Iterable<PurchaseHistory>, options?: BgNbdFitOptions): BgNbdFit | undefined {
  const maxIterations = readMaxIterations(METRIC, options);
  const histories = readHistories(METRIC, rows);
  if (histories.customers === 0) return undefined;
  let last: { theta: readonly number[]; gradient: number[] } | undefined;
  const value = (theta: readonly number[]): number => {
    const result = bgNbdLogLikelihood(theta, histories);
    last = { theta, gradient: result.gradient };
    return result.value;
  };
  // The optimiser asks for the gradient at the point it has just evaluated: reuse that pass.
  const gradient = (theta: readonly number[]): number[] =>
    last?.theta.every((v, i) => v === theta[i]) ? last.gradient : bgNbdLogLikelihood(theta, histories).gradient;
  const fit = fitByMaximumLikelihood({ value, gradient }, [1, 1, 1, 1], histories.customers, maxIterations);
  const [r, alpha, a, b] = fit.parameters as [number, number, number, number];
  const se = fit.standardErrors as [number, number, number, number] | undefined;
  return {
    r,
    alpha,
    a,
    b,
    logLikelihood: fit.logLikelihood,
    standardErrors: se && { r: se[0], alpha: se[1], a: se[2], b: se[3] },
    customers: histories.customers,
    converged: fit.converged,
    iterations: fit.iterations,
  };
}
