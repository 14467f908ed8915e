import { readHistory } from "../internal/customerHistories.js";
import { fail } from "../internal/fail.js";
import { readModel } from "../internal/modelParameters.js";
import { paretoNbdParts } from "../internal/paretoNbd.js";
import type { PurchaseHistory } from "./fitBgNbd.js";
import type { ParetoNbdParameters } from "./fitParetoNbd.js";

const METRIC = "paretoNbdProbabilityAlive";

/**
 * The probability that a customer is still active at the end of their observation, under a
 * fitted Pareto/NBD model.
 *
 * P(alive | x, tₓ, T) = [1/((α + T)^(r+x) (β + T)^s)] / [1/((α + T)^(r+x) (β + T)^s) + s/(r + s + x) · A₀],
 * A₀ as in the likelihood (Fader and Hardie, "A Note on Implementing the Pareto/NBD Model in
 * MATLAB", 2005, equations (2), (3) and (4); Schmittlein, Morrison and Colombo, Management Science
 * 33(1), 1987, equation (11)). A customer whose last purchase ends the observation (recency =
 * age) is active with probability 1.
 *
 * @param model - `{ r, alpha, s, beta }`, positive finite numbers: a {@link fitParetoNbd} result
 *   or a saved copy (other fields are ignored).
 * @param customer - `{ frequency, recency, age }` in the unit the model was fitted in.
 * @returns The probability, 0 to 1.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite` or `out-of-range` naming a
 *   bad parameter (`model.beta`); the codes of {@link fitParetoNbd}'s rows for a bad `customer` field;
 *   `out-of-range` naming `model` for parameters far outside any fitted range (`alpha` some 1e5
 *   times `beta`), where the hypergeometric series this needs does not settle (a known limit).
 *
 * @example
 * const model = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * Math.round(paretoNbdProbabilityAlive(model, { frequency: 2, recency: 30.43, age: 38.86 }) * 1000) / 1000; // => 0.869
 *
 * @category Models
 */
export function paretoNbdProbabilityAlive(model: ParetoNbdParameters, customer: PurchaseHistory): number {
  const theta = readModel(METRIC, model, ["r", "alpha", "s", "beta"]);
  const { frequency, recency, age } = readHistory(METRIC, "customer", customer);
  const { alive, died } = paretoNbdParts(theta, frequency, recency, age);
  // Parameters far outside any fitted range (alpha 1e5 times beta) leave the hypergeometric
  // series without a value: say so rather than return NaN.
  const probability = 1 / (1 + Math.exp(died - alive));
  if (Number.isNaN(probability)) {
    fail({
      code: "out-of-range",
      metric: METRIC,
      field: "model",
      expected: "parameters for which the probability can be computed",
      received: model,
    });
  }
  return probability;
}
