import { readCount, readRecord } from "../internal/readers.js";
import { derl, readDiscountPercent, readSbgModel } from "../internal/sbg.js";
import type { SbgParameters } from "./fitSbg.js";

/**
 * A customer's tenure and the discount rate for a discounted expected residual lifetime.
 *
 * @category Models
 */
export interface SbgDerlInput {
  /** The discount rate, in percent per period; 0 or more. */
  readonly discountPercent: number;
  /** How many times the customer has renewed so far: 0 for one in their first period. */
  readonly renewals: number;
}

const METRIC = "sbgDerl";
const FIELDS = ["discountPercent", "renewals"];

/**
 * The discounted expected residual lifetime (DERL) of an active customer under a
 * shifted-beta-geometric model, in periods: the expected number of further periods they will
 * pay for, evaluated just before their next renewal decision, each later one discounted.
 *
 * With `r` renewals so far: `DERL = (beta + r) / (alpha + beta + r) * 2F1(1, beta + r + 1;
 * alpha + beta + r + 1; 1 / (1 + d))` (Fader and Hardie, "Customer-Base Valuation in a
 * Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science 29(1), 2010,
 * whose n - 1 is `r`); undiscounted, `(beta + r) / (alpha - 1)` for `alpha > 1`. It grows with
 * `r`: a customer who has renewed often is likely one with a low churn probability, which a
 * constant-churn model cannot see.
 *
 * @param model - `{ alpha, beta }`, such as the result of `fitSbg`.
 * @param input - `{ discountPercent, renewals }`.
 * @returns DERL in periods (0 or more), or `undefined` when it is infinite (`d = 0` and
 *   `alpha <= 1`).
 * @throws `CxMetricsError`: the shape-parameter codes for `model.alpha` or `model.beta`, and
 *   `out-of-range` for `model.alpha` when the undiscounted lifetime is too long for a double
 *   (`alpha` just above 1 with a large `beta`); the codes of `sbgDel` for `discountPercent`; the
 *   count codes for `renewals`; `unknown-field` for a misspelt field.
 *
 * @example
 * sbgDerl({ alpha: 3, beta: 4 }, { discountPercent: 0, renewals: 2 }); // => 3
 * Math.round(sbgDerl({ alpha: 0.668, beta: 3.806 }, { discountPercent: 10, renewals: 4 })! * 1000) / 1000; // => 6.897
 *
 * @category Models
 */
export function sbgDerl(model: SbgParameters, input: SbgDerlInput): number | undefined {
  const parameters = readSbgModel(METRIC, model);
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const discountPercent = readDiscountPercent(METRIC, fields["discountPercent"]);
  const renewals = readCount(METRIC, "renewals", fields["renewals"]);
  return derl(METRIC, parameters, discountPercent, renewals);
}
