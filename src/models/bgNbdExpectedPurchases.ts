import { bgNbdConditional } from "../internal/bgNbd.js";
import { readHistory } from "../internal/customerHistories.js";
import { readModel, readPeriods } from "../internal/modelParameters.js";
import { finiteResult } from "../internal/results.js";
import type { BgNbdParameters, PurchaseHistory } from "./fitBgNbd.js";

/**
 * Options of {@link bgNbdExpectedPurchases} and {@link bgNbdNewCustomerPurchases}.
 *
 * @category Models
 */
export interface PurchaseForecastOptions {
  /** The horizon: how many units of time ahead, in the unit the model was fitted in (≥ 0). */
  readonly periods: number;
}

const METRIC = "bgNbdExpectedPurchases";

/**
 * The expected number of purchases a customer with a given history makes in the next `periods`
 * units of time, under a fitted BG/NBD model.
 *
 * E[Y(t) | x, tₓ, T] = (a + b + x - 1)/(a - 1) · [1 - ((α + T)/(α + T + t))^(r+x)
 * ₂F₁(r + x, b + x; a + b + x - 1; t/(α + T + t))]
 * / (1 + δₓ₍>₀₎ a/(b + x - 1) ((α + T)/(α + tₓ))^(r+x))
 * (Fader, Hardie and Lee, "'Counting Your Customers' the Easy Way", Marketing Science 24(2),
 * 2005, equation (10)). Their worked case: under the CDNOW fit, a customer with 2 repeat
 * purchases, the last at week 30.43, observed for 38.86 weeks, is expected to make 1.226 purchases
 * in the next 39 weeks. At a = 1 the formula is 0/0; within 1e-6 of it the value is the mean of
 * those at 1 ± 1e-6.
 *
 * @param model - `{ r, alpha, a, b }`, positive finite numbers: a {@link fitBgNbd} result or a
 *   saved copy (other fields are ignored).
 * @param customer - `{ frequency, recency, age }` in the unit the model was fitted in.
 * @param options - `{ periods }`, the horizon t.
 * @returns The expected number of purchases (≥ 0; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, `wrong-type`, `not-a-number`, `not-finite` or
 *   `negative`; for the model, `out-of-range` naming a parameter that is not positive
 *   (`model.a`); the codes of {@link fitBgNbd}'s rows for a bad `customer` field.
 *
 * @example
 * const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * const customer = { frequency: 2, recency: 30.43, age: 38.86 };
 * Math.round(bgNbdExpectedPurchases(model, customer, { periods: 39 }) * 1000) / 1000; // => 1.226
 *
 * @category Models
 */
export function bgNbdExpectedPurchases(
  model: BgNbdParameters,
  customer: PurchaseHistory,
  options: PurchaseForecastOptions,
): number {
  const periods = readPeriods(METRIC, options);
  const theta = readModel(METRIC, model, ["r", "alpha", "a", "b"]);
  const { frequency, recency, age } = readHistory(METRIC, "customer", customer);
  if (periods === 0) return 0;
  // An expectation is never negative: clamp the last-bit rounding of a near-zero one.
  const expected = Math.max(0, bgNbdConditional(theta, frequency, recency, age, periods));
  return finiteResult(METRIC, "options.periods", expected, periods);
}
