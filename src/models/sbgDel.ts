import { readRecord } from "../internal/readers.js";
import { del, readDiscountPercent, readSbgModel } from "../internal/sbg.js";
import type { SbgParameters } from "./fitSbg.js";

/**
 * The discount rate for a discounted expected lifetime.
 *
 * @category Models
 */
export interface SbgDelInput {
  /** The discount rate, in percent per period (10 for 10 % a year with yearly periods); 0 or more. */
  readonly discountPercent: number;
}

const METRIC = "sbgDel";
const FIELDS = ["discountPercent"];

/**
 * The discounted expected lifetime (DEL) of a new customer under a shifted-beta-geometric
 * model, in periods: the expected number of periods they pay for, the first included, each
 * discounted to the moment of acquisition.
 *
 * `DEL = sum over t >= 0 of S(t) / (1 + d)^t = 2F1(1, beta; alpha + beta; 1 / (1 + d))`, the
 * Gaussian hypergeometric function, summed term by term (Fader and Hardie, "Customer-Base
 * Valuation in a Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science
 * 29(1), 2010). Undiscounted
 * (`d = 0`) it is the expected lifetime `(alpha + beta - 1) / (alpha - 1)`, finite only for
 * `alpha > 1`. Times the margin per period it is the expected value of a customer about to be
 * acquired.
 *
 * @param model - `{ alpha, beta }`, such as the result of `fitSbg`.
 * @param input - `{ discountPercent }`.
 * @returns DEL in periods (1 or more), or `undefined` when it is infinite (`d = 0` and
 *   `alpha <= 1`).
 * @throws `CxMetricsError`: the shape-parameter codes for `model.alpha` or `model.beta`;
 *   `wrong-type`, `not-a-number`, `not-finite` or `negative` for `discountPercent`, and
 *   `out-of-range` for a rate so close to 0 that the series does not converge;
 *   `out-of-range` for `model.alpha` when the undiscounted lifetime is too long for a double
 *   (`alpha` just above 1 with a large `beta`); `unknown-field` for a misspelt field.
 *
 * @example
 * sbgDel({ alpha: 3, beta: 4 }, { discountPercent: 0 }); // => 3
 * Math.round(sbgDel({ alpha: 0.668, beta: 3.806 }, { discountPercent: 10 })! * 1000) / 1000; // => 5.923
 * sbgDel({ alpha: 0.668, beta: 3.806 }, { discountPercent: 0 }); // => undefined
 *
 * @category Models
 */
export function sbgDel(model: SbgParameters, input: SbgDelInput): number | undefined {
  const parameters = readSbgModel(METRIC, model);
  const discountPercent = readDiscountPercent(METRIC, readRecord(METRIC, "input", input, FIELDS)["discountPercent"]);
  return del(METRIC, parameters, discountPercent);
}
