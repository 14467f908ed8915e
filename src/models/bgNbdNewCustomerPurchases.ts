import { bgNbdUnconditional } from "../internal/bgNbd.js";
import { finiteForecast, readModel, readPeriods } from "../internal/modelParameters.js";
import type { PurchaseForecastOptions } from "./bgNbdExpectedPurchases.js";
import type { BgNbdParameters } from "./fitBgNbd.js";

const METRIC = "bgNbdNewCustomerPurchases";

/**
 * The expected number of repeat purchases a new customer makes in their first `periods` units of
 * time, under a fitted BG/NBD model.
 *
 * E[X(t)] = (a + b - 1)/(a - 1) · [1 - (α/(α + t))^r ₂F₁(r, b; a + b - 1; t/(α + t))] (Fader,
 * Hardie and Lee, "'Counting Your Customers' the Easy Way", Marketing Science 24(2), 2005,
 * equation (7)). At a = 1 the formula is 0/0; within 1e-6 of it the value is the mean of those at
 * 1 ± 1e-6.
 *
 * @param model - `{ r, alpha, a, b }`, positive finite numbers: a {@link fitBgNbd} result or a
 *   saved copy (other fields are ignored).
 * @param options - `{ periods }`, the horizon t from the first purchase.
 * @returns The expected number of repeat purchases (≥ 0; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, `wrong-type`, `not-a-number`, `not-finite` or
 *   `negative`; for the model, `out-of-range` naming a parameter that is not positive.
 *
 * @example
 * const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * Math.round(bgNbdNewCustomerPurchases(model, { periods: 39 }) * 1000) / 1000; // => 1.197
 *
 * @category Models
 */
export function bgNbdNewCustomerPurchases(model: BgNbdParameters, options: PurchaseForecastOptions): number {
  const periods = readPeriods(METRIC, options);
  const theta = readModel(METRIC, model, ["r", "alpha", "a", "b"]);
  if (periods === 0) return 0;
  return finiteForecast(METRIC, bgNbdUnconditional(theta, periods), bgNbdUnconditional(theta, 1), model, periods);
}
