import { finiteForecast, readModel, readPeriods } from "../internal/modelParameters.js";
import { paretoNbdHorizon } from "../internal/paretoNbd.js";
import type { PurchaseForecastOptions } from "./bgNbdExpectedPurchases.js";
import type { ParetoNbdParameters } from "./fitParetoNbd.js";

const METRIC = "paretoNbdNewCustomerPurchases";

/**
 * The expected number of repeat purchases a new customer makes in their first `periods` units of
 * time, under a fitted Pareto/NBD model.
 *
 * E[X(t)] = rβ/(α(s - 1)) · [1 - (β/(β + t))^(s-1)] (Schmittlein, Morrison and Colombo,
 * Management Science 33(1), 1987, equation (17); Fader and Hardie's note); at s = 1 the bracket
 * over s - 1 is its limit ln(1 + t/β).
 *
 * @param model - `{ r, alpha, s, beta }`, positive finite numbers: a {@link fitParetoNbd} result
 *   or a saved copy (other fields are ignored).
 * @param options - `{ periods }`, the horizon t from the first purchase.
 * @returns The expected number of repeat purchases (≥ 0; 0 for `periods` 0).
 * @throws `CxMetricsError`: for `options.periods`, `wrong-type`, `not-a-number`, `not-finite` or
 *   `negative`; for the model, `out-of-range` naming a parameter that is not positive.
 *
 * @example
 * const model = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * Math.round(paretoNbdNewCustomerPurchases(model, { periods: 39 }) * 1000) / 1000; // => 1.213
 *
 * @category Models
 */
export function paretoNbdNewCustomerPurchases(model: ParetoNbdParameters, options: PurchaseForecastOptions): number {
  const periods = readPeriods(METRIC, options);
  const [r, alpha, s, beta] = readModel(METRIC, model, ["r", "alpha", "s", "beta"]) as [number, number, number, number];
  const forecast = (horizon: number): number => ((r * beta) / alpha) * paretoNbdHorizon(s, beta, horizon);
  return finiteForecast(METRIC, forecast(periods), forecast(1), model, periods);
}
