import { readAmount, readCount, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import { derl, readDiscountPercent, readSbgModel } from "../internal/sbg.js";
import type { SbgParameters } from "./fitSbg.js";

/**
 * The margin, discount rate and tenure for an sBG lifetime value.
 *
 * @category Models
 */
export interface SbgLifetimeValueInput {
  /** The margin a customer brings each period, in currency (revenue less the cost to serve). */
  readonly marginPerPeriod: number;
  /** The discount rate, in percent per period; 0 or more. */
  readonly discountPercent: number;
  /** How many times the customer has renewed so far (default 0: a customer in their first period). */
  readonly renewals?: number;
}

const METRIC = "sbgLifetimeValue";
const FIELDS = ["marginPerPeriod", "discountPercent", "renewals"];

/**
 * The expected residual lifetime value of an active customer under a shifted-beta-geometric
 * model: the margin per period times their discounted expected residual lifetime (DERL).
 *
 * `value = marginPerPeriod * DERL(d | alpha, beta, renewals)` (Fader and Hardie, "Customer-Base
 * Valuation in a Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science
 * 29(1), 2010). This is the sBG sibling of `clv`'s retention form: `clv` assumes every customer
 * churns at one constant rate, which overvalues new customers (many of whom are about to
 * churn) and undervalues long-standing ones; here the value rises with `renewals`. It counts
 * future renewals only; for a customer about to be acquired, use the margin times `sbgDel`.
 *
 * @param model - `{ alpha, beta }`, such as the result of `fitSbg`.
 * @param input - `{ marginPerPeriod, discountPercent, renewals? }`.
 * @returns The value in currency, or `undefined` when it is unbounded (no discount and
 *   `alpha <= 1`).
 * @throws `CxMetricsError`: the shape-parameter codes for `model.alpha` or `model.beta`, and
 *   `out-of-range` for `model.alpha` when the undiscounted lifetime is too long for a double
 *   (see `sbgDerl`); the amount codes for `marginPerPeriod`; the codes of `sbgDerl` for
 *   `discountPercent` and `renewals`; `out-of-range` (field `marginPerPeriod`) when the value
 *   overflows; `unknown-field` for a misspelt field.
 *
 * @example
 * sbgLifetimeValue({ alpha: 3, beta: 4 }, { marginPerPeriod: 100, discountPercent: 0, renewals: 2 }); // => 300
 * Math.round(
 *   sbgLifetimeValue(
 *     { alpha: 0.668, beta: 3.806 },
 *     { marginPerPeriod: 100, discountPercent: 10 },
 *   )!,
 * ); // => 541
 *
 * @category Models
 */
export function sbgLifetimeValue(model: SbgParameters, input: SbgLifetimeValueInput): number | undefined {
  const parameters = readSbgModel(METRIC, model);
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const margin = readAmount(METRIC, "marginPerPeriod", fields["marginPerPeriod"]);
  const discountPercent = readDiscountPercent(METRIC, fields["discountPercent"]);
  const renewals = fields["renewals"] === undefined ? 0 : readCount(METRIC, "renewals", fields["renewals"]);
  const lifetime = derl(METRIC, parameters, discountPercent, renewals);
  return lifetime === undefined ? undefined : finiteResult(METRIC, "marginPerPeriod", margin * lifetime, margin);
}
