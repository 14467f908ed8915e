import { fail } from "../internal/fail.js";
import { readGammaGammaModel } from "../internal/gammaGamma.js";
import { readCount, readNumber, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import type { GammaGammaParameters } from "./fitGammaGamma.js";

/**
 * A customer's spend history, as {@link gammaGammaExpectedValue} reads it.
 *
 * @category Models
 */
export interface GammaGammaCustomer {
  /** Repeat purchases, a whole number; 0 for a new customer (or one without repeat purchases). */
  readonly frequency: number;
  /** The mean value of the repeat purchases, above 0; ignored (may be absent) when `frequency` is 0. */
  readonly monetaryValue?: number | undefined;
}

const METRIC = "gammaGammaExpectedValue";
const FIELDS = [
  "frequency",
  "monetaryValue",
  "customer",
  "recency",
  "age",
  "count",
  "holdoutFrequency",
  "holdoutMonetaryValue",
];

/**
 * The expected mean value of a customer's purchases under the Gamma-Gamma model (Fader, Hardie
 * and Lee, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", Journal of Marketing
 * Research 42(4), 2005, equation 5): a weighted mean of the population mean and the customer's own
 * mean z̄ over x repeat purchases,
 * `E[M | p, q, γ, x, z̄] = (q−1)/(px+q−1) · γp/(q−1) + px/(px+q−1) · z̄`
 * `= p (γ + x z̄) / (px + q − 1)`.
 * With `frequency` 0 (a new customer) it is the population mean γp/(q−1).
 *
 * @param model - `{ p, q, gamma }`: a {@link fitGammaGamma} result or a saved copy (other fields
 *   are ignored); `q` must be above 1 for the population mean to exist.
 * @param customer - `{ frequency, monetaryValue }` (an rfmSummary row works as it is).
 * @returns The expected value per purchase, in the unit of `monetaryValue`.
 * @throws `CxMetricsError`: `out-of-range` naming a parameter that is not positive (`model.p`),
 *   and on `model.q` unless above 1; on
 *   `customer.frequency` the count codes; on `customer.monetaryValue`, with repeat purchases,
 *   the number codes unless a finite number above 0.
 *
 * @example
 * // CDNOW: p = 6.25, q = 3.74, gamma = 15.44 (Fader, Hardie and Lee 2005)
 * const model = { p: 6.25, q: 3.74, gamma: 15.44 };
 * gammaGammaExpectedValue(model, { frequency: 2, monetaryValue: 22.35 }).toFixed(2); // => "24.66"
 * // a new customer: the population mean
 * gammaGammaExpectedValue(model, { frequency: 0 }).toFixed(2); // => "35.22"
 *
 * @category Models
 */
export function gammaGammaExpectedValue(model: GammaGammaParameters, customer: GammaGammaCustomer): number {
  const [p, q, g] = readGammaGammaModel(METRIC, model);
  if (q <= 1)
    fail({ code: "out-of-range", metric: METRIC, field: "model.q", expected: "a number above 1", received: q });
  const record = readRecord(METRIC, "customer", customer, FIELDS);
  const x = readCount(METRIC, "customer.frequency", record["frequency"]);
  const z = x === 0 ? 0 : readNumber(METRIC, "customer.monetaryValue", record["monetaryValue"], { above: 0 });
  // (p (gamma + x z)) / (p x + q - 1), as a weight times each term so the model's part and the
  // customer's part can be told apart when the result overflows.
  const weight = p / (p * x + q - 1);
  const fromModel = weight * g;
  if (!Number.isFinite(fromModel)) {
    fail({
      code: "out-of-range",
      metric: METRIC,
      field: "model",
      expected: "parameters for a finite expected spend",
      received: model,
    });
  }
  return finiteResult(METRIC, "customer.monetaryValue", fromModel + weight * x * z, z);
}
