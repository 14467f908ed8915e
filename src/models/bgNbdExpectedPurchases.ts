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
 * in the next 39 weeks. As written, the bracket is 1 minus a number close to 1 when b is large
 * (the value tends to the NBD's (r + x) t/(α + T) as b grows), the horizon short or a near 1, and
 * ₂F₁ overflows for a large frequency; the value is computed in forms without that subtraction
 * (to about 1e-12 relative for any b, frequencies into the millions, horizons up to 40,000 (α + T)),
 * and at a = 1, where the formula is 0/0, is its limit.
 *
 * @param model - `{ r, alpha, a, b }`, positive finite numbers: a {@link fitBgNbd} result or a
 *   saved copy (other fields are ignored).
 * @param customer - `{ frequency, recency, age }` in the unit the model was fitted in.
 * @param options - `{ periods }`, the horizon t.
 * @returns The expected number of purchases (≥ 0; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, `wrong-type`, `not-a-number`, `not-finite` or
 *   `negative`, and `out-of-range` for a horizon too long for the value to be computed (beyond
 *   about 40,000 (α + T) where b is large too) or to be finite; for the model, `out-of-range` naming
 *   a parameter that is not positive (`model.a`); the codes of {@link fitBgNbd}'s rows for a bad
 *   `customer` field, and `out-of-range` on `customer.frequency` when it is in the millions with an
 *   `a` in the millions too (the value is then out of reach over any horizon).
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
  const expected = bgNbdConditional(theta, frequency, recency, age, periods);
  // Out of reach: the horizon is at fault if the value over α + T (a horizon as long as the customer's
  // age plus α) can be had, else the frequency.
  const horizonAtFault =
    Number.isFinite(expected) || Number.isFinite(bgNbdConditional(theta, frequency, recency, age, theta[1]! + age));
  return horizonAtFault
    ? finiteResult(METRIC, "options.periods", expected, periods)
    : finiteResult(METRIC, "customer.frequency", expected, frequency);
}
