import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { readMaxIterations } from "../internal/fitOptions.js";
import { type GammaGammaVector, gammaGammaLogDensity } from "../internal/gammaGamma.js";
import { fitByMaximumLikelihood } from "../internal/maximumLikelihoodFit.js";
import { readCount, readNumber, readRecord } from "../internal/readers.js";

/**
 * A customer (or a group of identical customers) as {@link fitGammaGamma} reads it: the rows of
 * {@link rfmSummary} fit as they are.
 *
 * @category Models
 */
export interface GammaGammaRow {
  /** Repeat purchases, a whole number; rows with 0 carry no spend and are skipped. */
  readonly frequency: number;
  /** The mean value of the repeat purchases, above 0 when `frequency` is above 0. */
  readonly monetaryValue?: number | undefined;
  /** Customers with this frequency and value, a whole number (default 1). */
  readonly count?: number;
}

/**
 * The parameters of the Gamma-Gamma model: a transaction's value is Gamma(p, ν) distributed,
 * with the scale ν ~ Gamma(q, gamma) across customers; each positive.
 *
 * @category Models
 */
export interface GammaGammaParameters {
  /** The shape of the value of one transaction. */
  readonly p: number;
  /** The shape of the distribution of ν across customers. */
  readonly q: number;
  /** The scale (rate) of the distribution of ν across customers. */
  readonly gamma: number;
}

/**
 * A fitted Gamma-Gamma model: the parameters, usable directly (or saved as JSON) by
 * {@link gammaGammaExpectedValue}, with the fit's diagnostics.
 *
 * @category Models
 */
export interface GammaGammaFit extends GammaGammaParameters {
  /** The log-likelihood at the estimates (natural logarithm, summed over repeat customers). */
  readonly logLikelihood: number;
  /**
   * Standard errors of the estimates from the observed information matrix; `undefined` when the
   * fit did not converge or that matrix is singular.
   */
  readonly standardErrors: GammaGammaParameters | undefined;
  /** Customers with at least one repeat purchase (the sum of their counts). */
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
 * Options of {@link fitGammaGamma}.
 *
 * @category Models
 */
export interface GammaGammaFitOptions {
  /** The most optimiser iterations (a whole number of at least 1; default 200). */
  readonly maxIterations?: number;
}

const METRIC = "fitGammaGamma";
/** The fields of a row, and the other fields of an rfmSummary row, which are read past. */
const ROW_FIELDS = [
  "frequency",
  "monetaryValue",
  "count",
  "customer",
  "recency",
  "age",
  "holdoutFrequency",
  "holdoutMonetaryValue",
];

/**
 * Fits the Gamma-Gamma model of spend per transaction by maximum likelihood (Fader, Hardie and
 * Lee, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", Journal of Marketing
 * Research 42(4), 2005; Fader and Hardie, "The Gamma-Gamma Model of Monetary Value", 2013). A
 * customer's mean value z̄ over x repeat purchases has density
 * `f(z̄ | x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q z̄^(px−1) x^(px) / (γ + x z̄)^(px+q)`; the model assumes
 * spend independent of purchase frequency (check their correlation before using it).
 *
 * BFGS on the logarithms of the parameters with the analytic gradient; standard errors from the
 * observed information matrix; identical rows are merged and ordered first, so row order and
 * split counts never change the result. On the 946 CDNOW customers with repeat purchases to
 * 1997-09-30 it gives p = 6.25, q = 3.74, γ = 15.44, the paper's values.
 *
 * @param rows - Customers, any array or iterable of `{ frequency, monetaryValue, count? }` (the
 *   rows of {@link rfmSummary} as they are: their other fields are read past, and customers
 *   without a repeat purchase skipped).
 * @param options - `{ maxIterations }`.
 * @returns The fit; `undefined` when no customer has a repeat purchase.
 * @throws `CxMetricsError`: for row `i`, the count codes on `rows[i].frequency` and
 *   `rows[i].count`; on `rows[i].monetaryValue`, for a customer with repeat purchases,
 *   `wrong-type` when missing and the number codes unless it is a finite number above 0;
 *   `unknown-field` for a field neither here nor in an rfmSummary row; `out-of-range` for
 *   `options.maxIterations` below 1.
 *
 * @example
 * const fit = fitGammaGamma([
 *   { frequency: 1, monetaryValue: 20 },
 *   { frequency: 2, monetaryValue: 35 },
 *   { frequency: 4, monetaryValue: 28 },
 *   { frequency: 1, monetaryValue: 12 },
 *   { frequency: 3, monetaryValue: 60 },
 *   { frequency: 0, monetaryValue: undefined },
 * ]);
 * fit?.customers; // => 5
 *
 * @category Models
 */
export function fitGammaGamma(
  rows: Iterable<GammaGammaRow>,
  options?: GammaGammaFitOptions,
): GammaGammaFit | undefined {
  const maxIterations = readMaxIterations(METRIC, options);
  const groups = new Map<string, { x: number; z: number; count: number }>();
  let customers = 0;
  forEachItem(METRIC, "rows", rows, (item) => {
    const row = readRecord(METRIC, "", item, ROW_FIELDS);
    const x = readCount(METRIC, ".frequency", row["frequency"]);
    const count = row["count"] === undefined ? 1 : readCount(METRIC, ".count", row["count"]);
    if (x === 0) return;
    const z = readNumber(METRIC, ".monetaryValue", row["monetaryValue"], { above: 0 });
    // The likelihood takes x z, the customer's total repeat spend: it must be a finite number.
    if (!Number.isFinite(x * z)) {
      fail({
        code: "out-of-range",
        metric: METRIC,
        field: ".monetaryValue",
        expected: "small enough for a finite total spend",
        received: z,
      });
    }
    if (count === 0) return;
    customers += count;
    const key = `${x} ${z}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { x, z, count });
    else group.count += count;
  });
  if (customers === 0) return undefined;
  // One canonical order, so that the sums below do not depend on the order of the rows.
  const data = [...groups.values()].sort((a, b) => a.x - b.x || a.z - b.z);
  const gradient = [0, 0, 0];
  const fit = fitByMaximumLikelihood(
    {
      value: (theta) => {
        let sum = 0;
        for (const { x, z, count } of data) sum += count * gammaGammaLogDensity(theta as GammaGammaVector, x, z);
        return sum;
      },
      gradient: (theta) => {
        const total = [0, 0, 0];
        for (const { x, z, count } of data) {
          gammaGammaLogDensity(theta as GammaGammaVector, x, z, gradient);
          for (let k = 0; k < 3; k++) total[k]! += count * gradient[k]!;
        }
        return total;
      },
    },
    [1, 1, 1],
    customers,
    maxIterations,
  );
  const [p, q, gamma] = fit.parameters as [number, number, number];
  const se = fit.standardErrors as [number, number, number] | undefined;
  return {
    p,
    q,
    gamma,
    logLikelihood: fit.logLikelihood,
    standardErrors: se && { p: se[0], q: se[1], gamma: se[2] },
    customers,
    // A vanishing gradient where the information matrix is not positive definite is no strict maximum.
    converged: fit.converged && se !== undefined,
    iterations: fit.iterations,
  };
}
