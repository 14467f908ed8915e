import { type BgBbHistory, type BgBbVector, bgBbLogLikelihood, readBgBbHistory } from "../internal/bgBb.js";
import { forEachItem } from "../internal/collections.js";
import { readMaxIterations } from "../internal/fitOptions.js";
import { fitByMaximumLikelihood } from "../internal/maximumLikelihoodFit.js";
import { readCount, readRecord } from "../internal/readers.js";

/**
 * A group of customers with the same history over the same number of transaction opportunities
 * (years of a donation drive, editions of an event), as {@link fitBgBb} reads it.
 *
 * @category Models
 */
export interface BgBbRow {
  /** Opportunities with a transaction after the first one, a whole number from 0 to `periods`. */
  readonly frequency: number;
  /** The opportunity of the last transaction, from `frequency` to `periods`; 0 with none. */
  readonly recency: number;
  /** Transaction opportunities observed after the first transaction, a whole number up to 1,000,000. */
  readonly periods: number;
  /** Customers with this history, a whole number (default 1). */
  readonly count?: number;
}

/**
 * The parameters of the BG/BB model: the purchase probability p ~ Beta(alpha, beta) and the
 * dropout probability θ ~ Beta(gamma, delta), each positive.
 *
 * @category Models
 */
export interface BgBbParameters {
  /** First shape parameter of the purchase probability's beta distribution. */
  readonly alpha: number;
  /** Second shape parameter of the purchase probability's beta distribution. */
  readonly beta: number;
  /** First shape parameter of the dropout probability's beta distribution. */
  readonly gamma: number;
  /** Second shape parameter of the dropout probability's beta distribution. */
  readonly delta: number;
}

/**
 * A fitted BG/BB model: the parameters, usable directly (or saved as JSON) by the BG/BB
 * predictions, with the fit's diagnostics.
 *
 * @category Models
 */
export interface BgBbFit extends BgBbParameters {
  /** The log-likelihood at the estimates (natural logarithm, summed over customers). */
  readonly logLikelihood: number;
  /**
   * Standard errors of the estimates, the square roots of the diagonal of the inverse observed
   * information matrix; `undefined` when the fit did not converge or that matrix is singular.
   */
  readonly standardErrors: BgBbParameters | undefined;
  /** Customers in the data (the sum of the counts). */
  readonly customers: number;
  /**
   * Whether the optimiser reached a strict maximum: a vanishing gradient and a positive definite
   * information matrix.
   */
  readonly converged: boolean;
  /** Optimiser iterations. */
  readonly iterations: number;
}

/**
 * Options of {@link fitBgBb}.
 *
 * @category Models
 */
export interface BgBbFitOptions {
  /** The most optimiser iterations (a whole number of at least 1; default 200). */
  readonly maxIterations?: number;
}

const METRIC = "fitBgBb";
const ROW_FIELDS = ["frequency", "recency", "periods", "count"];

/**
 * Fits the beta-geometric/beta-Bernoulli (BG/BB) model by maximum likelihood (Fader, Hardie and
 * Shang, "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing Science
 * 29(6), 2010): at each transaction opportunity a living customer transacts with probability
 * p ~ Beta(α, β), and before each opportunity drops out for good with probability θ ~ Beta(γ, δ).
 * A customer with x transactions, the last at opportunity tₓ, of n has likelihood (equation 5)
 * `L = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)`
 * `+ Σ_{i=0}^{n−tₓ−1} B(α+x, β+tₓ−x+i)/B(α, β) · B(γ+1, δ+tₓ+i)/B(γ, δ)`.
 *
 * The log-likelihood is maximised by BFGS on the logarithms of the parameters with its analytic
 * gradient; the standard errors come from the observed information matrix. Identical rows are
 * merged and put in one order first, so the order of the rows and how counts are split across
 * rows never change the result. On the donation data of the paper (11,104 donors, 6 annual
 * opportunities) it gives α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 and log-likelihood
 * −33,225.6, the paper's Table 2 values.
 *
 * @param rows - Customers or groups of customers, any array or iterable of
 *   `{ frequency, recency, periods, count? }`.
 * @param options - `{ maxIterations }`.
 * @returns The fit; `undefined` when there are no customers (no rows, or every count 0).
 * @throws `CxMetricsError`: for row `i`, on `rows[i].periods`, `rows[i].frequency`,
 *   `rows[i].recency` and `rows[i].count` the count codes (`wrong-type`, `not-integer`,
 *   `negative`, `out-of-range` for a frequency or recency above `periods` or for `periods` above
 *   1,000,000, the likelihood's one term an opportunity), `inconsistent` for a
 *   recency below the frequency or a recency of 0 with transactions (or above 0 without), and
 *   `unknown-field` for any other field; `wrong-type` for rows that are not iterable;
 *   `out-of-range` for `options.maxIterations` below 1.
 *
 * @example
 * const fit = fitBgBb([
 *   { frequency: 0, recency: 0, periods: 6, count: 3464 },
 *   { frequency: 1, recency: 1, periods: 6, count: 1091 },
 *   { frequency: 3, recency: 6, periods: 6, count: 290 },
 *   { frequency: 6, recency: 6, periods: 6, count: 1203 },
 *   { frequency: 2, recency: 4, periods: 6, count: 163 },
 * ]);
 * fit?.customers; // => 6211
 * fit?.converged; // => true
 *
 * @category Models
 */
export function fitBgBb(rows: Iterable<BgBbRow>, options?: BgBbFitOptions): BgBbFit | undefined {
  const maxIterations = readMaxIterations(METRIC, options);
  const groups = new Map<string, { history: BgBbHistory; count: number }>();
  let customers = 0;
  forEachItem(METRIC, "rows", rows, (item) => {
    const row = readRecord(METRIC, "", item, ROW_FIELDS);
    const history = readBgBbHistory(METRIC, ".", row);
    const count = row["count"] === undefined ? 1 : readCount(METRIC, ".count", row["count"]);
    if (count === 0) return;
    customers += count;
    const key = `${history.periods} ${history.frequency} ${history.recency}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { history, count });
    else group.count += count;
  });
  if (customers === 0) return undefined;
  // One canonical order, so that the sums below do not depend on the order of the rows.
  const data = [...groups.values()].sort(
    (p, q) =>
      p.history.periods - q.history.periods ||
      p.history.frequency - q.history.frequency ||
      p.history.recency - q.history.recency,
  );
  const gradient = [0, 0, 0, 0];
  const fit = fitByMaximumLikelihood(
    {
      value: (theta) => {
        let sum = 0;
        for (const { history, count } of data) sum += count * bgBbLogLikelihood(theta as BgBbVector, history);
        return sum;
      },
      gradient: (theta) => {
        const total = [0, 0, 0, 0];
        for (const { history, count } of data) {
          bgBbLogLikelihood(theta as BgBbVector, history, gradient);
          for (let k = 0; k < 4; k++) total[k]! += count * gradient[k]!;
        }
        return total;
      },
    },
    [1, 1, 1, 1],
    customers,
    maxIterations,
  );
  const [alpha, beta, gamma, delta] = fit.parameters as [number, number, number, number];
  const se = fit.standardErrors as [number, number, number, number] | undefined;
  return {
    alpha,
    beta,
    gamma,
    delta,
    logLikelihood: fit.logLikelihood,
    standardErrors: se && { alpha: se[0], beta: se[1], gamma: se[2], delta: se[3] },
    customers,
    // A vanishing gradient where the information matrix is not positive definite is no strict
    // maximum: the likelihood rises towards a boundary (everyone bought every time) or along a
    // ridge, and the point reached is one of many.
    converged: fit.converged && se !== undefined,
    iterations: fit.iterations,
  };
}
