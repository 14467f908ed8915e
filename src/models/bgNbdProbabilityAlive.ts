import { bgNbdLogDeathOdds } from "../internal/bgNbd.js";
import { readHistory } from "../internal/customerHistories.js";
import { readModel } from "../internal/modelParameters.js";
import type { BgNbdParameters, PurchaseHistory } from "./fitBgNbd.js";

const METRIC = "bgNbdProbabilityAlive";

/**
 * The probability that a customer is still active at the end of their observation, under a
 * fitted BG/NBD model.
 *
 * P(alive | x, tₓ, T) = 1 / (1 + δₓ₍>₀₎ a/(b + x - 1) ((α + T)/(α + tₓ))^(r+x)) (Fader, Hardie and Lee,
 * "'Counting Your Customers' the Easy Way", Marketing Science 24(2), 2005, equation (13)): 1 for a
 * customer with no repeat purchase (the model lets customers drop out only after a purchase).
 *
 * @param model - `{ r, alpha, a, b }`, positive finite numbers: a {@link fitBgNbd} result or a
 *   saved copy (other fields are ignored).
 * @param customer - `{ frequency, recency, age }` in the unit the model was fitted in.
 * @returns The probability, 0 to 1.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite` or `out-of-range` naming a
 *   bad parameter (`model.alpha`); the codes of {@link fitBgNbd}'s rows for a bad `customer` field.
 *
 * @example
 * const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * Math.round(bgNbdProbabilityAlive(model, { frequency: 2, recency: 30.43, age: 38.86 }) * 1000) / 1000; // => 0.727
 * bgNbdProbabilityAlive(model, { frequency: 0, recency: 0, age: 38.86 }); // => 1
 *
 * @category Models
 */
export function bgNbdProbabilityAlive(model: BgNbdParameters, customer: PurchaseHistory): number {
  const theta = readModel(METRIC, model, ["r", "alpha", "a", "b"]);
  const { frequency, recency, age } = readHistory(METRIC, "customer", customer);
  return 1 / (1 + Math.exp(bgNbdLogDeathOdds(theta, frequency, recency, age)));
}
