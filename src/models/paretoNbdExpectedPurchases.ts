import { readHistory } from "../internal/customerHistories.js";
import { fail } from "../internal/fail.js";
import { readModel, readPeriods } from "../internal/modelParameters.js";
import { paretoNbdHorizon, paretoNbdParts } from "../internal/paretoNbd.js";
import { finiteResult } from "../internal/results.js";
import type { PurchaseForecastOptions } from "./bgNbdExpectedPurchases.js";
import type { PurchaseHistory } from "./fitBgNbd.js";
import type { ParetoNbdParameters } from "./fitParetoNbd.js";

const METRIC = "paretoNbdExpectedPurchases";

/**
 * The expected number of purchases a customer with a given history makes in the next `periods`
 * units of time, under a fitted Pareto/NBD model.
 *
 * E[Y(t) | x, tₓ, T] = (r + x)(β + T)/((α + T)(s - 1)) · [1 - ((β + T)/(β + T + t))^(s-1)] ·
 * P(alive | x, tₓ, T) (Schmittlein, Morrison and Colombo, Management Science 33(1), 1987, equation
 * (22); Fader and Hardie's note, equation (5)); at s = 1 the bracket over s - 1 is its limit
 * ln(1 + t/(β + T)).
 *
 * @param model - `{ r, alpha, s, beta }`, positive finite numbers: a {@link fitParetoNbd} result
 *   or a saved copy (other fields are ignored).
 * @param customer - `{ frequency, recency, age }` in the unit the model was fitted in.
 * @param options - `{ periods }`, the horizon t.
 * @returns The expected number of purchases (≥ 0; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, `wrong-type`, `not-a-number`, `not-finite` or
 *   `negative`; for the model, `out-of-range` naming a parameter that is not positive; the codes
 *   of {@link fitParetoNbd}'s rows for a bad `customer` field; `out-of-range` naming `model` where
 *   the probability alive cannot be computed (see {@link paretoNbdProbabilityAlive}).
 *
 * @example
 * const model = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * const customer = { frequency: 2, recency: 30.43, age: 38.86 };
 * Math.round(paretoNbdExpectedPurchases(model, customer, { periods: 39 }) * 1000) / 1000; // => 1.455
 *
 * @category Models
 */
export function paretoNbdExpectedPurchases(
  model: ParetoNbdParameters,
  customer: PurchaseHistory,
  options: PurchaseForecastOptions,
): number {
  const periods = readPeriods(METRIC, options);
  const theta = readModel(METRIC, model, ["r", "alpha", "s", "beta"]);
  const { frequency, recency, age } = readHistory(METRIC, "customer", customer);
  const [r, alpha, s, beta] = theta as [number, number, number, number];
  const { alive, died } = paretoNbdParts(theta, frequency, recency, age);
  const probabilityAlive = 1 / (1 + Math.exp(died - alive));
  if (Number.isNaN(probabilityAlive)) {
    // As in paretoNbdProbabilityAlive: parameters far outside any fitted range.
    fail({
      code: "out-of-range",
      metric: METRIC,
      field: "model",
      expected: "parameters for which the probability can be computed",
      received: model,
    });
  }
  const expected =
    (((r + frequency) * (beta + age)) / (alpha + age)) * paretoNbdHorizon(s, beta + age, periods) * probabilityAlive;
  return finiteResult(METRIC, "options.periods", expected, periods);
}
