import { readRecord } from "../internal/readers.js";
import { readPeriods, readSbgModel, retain } from "../internal/sbg.js";
import type { SbgParameters } from "./fitSbg.js";

/**
 * How far to draw an sBG survival curve.
 *
 * @category Models
 */
export interface SbgSurvivalInput {
  /** The last age of the curve, in periods: a whole number from 0 to 100,000. */
  readonly periods: number;
}

const METRIC = "sbgSurvival";
const FIELDS = ["periods"];

/**
 * The survival curve of a shifted-beta-geometric model: the percentage of a cohort still
 * active after 0, 1, ... `periods` periods.
 *
 * `S(t) = B(alpha, beta + t) / B(alpha, beta)`, computed as the product
 * `S(t) = S(t - 1) (beta + t - 1) / (alpha + beta + t - 1)` with `S(0) = 1` (Fader and Hardie,
 * "How to Project Customer Retention", Journal of Interactive Marketing, 2007), times 100, each
 * factor written so that every positive finite `alpha` and `beta`, from the smallest to the
 * largest double, gives the curve to a few units in the last place; values below the smallest
 * double are 0.
 * It never rises with age and flattens as the customers likely to churn leave.
 *
 * @param model - `{ alpha, beta }`, such as the result of `fitSbg` (saved as JSON or not).
 * @param input - `{ periods }`.
 * @returns `periods + 1` percentages, from 100 at age 0 down.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite` or `out-of-range`
 *   (not above 0) for `model.alpha` or `model.beta`; the count codes for `periods`, and
 *   `out-of-range` above 100,000; `unknown-field` for a misspelt field.
 *
 * @example
 * sbgSurvival({ alpha: 1, beta: 1 }, { periods: 3 }).map(Math.round); // => [100, 50, 33, 25]
 * const curve = sbgSurvival({ alpha: 0.668, beta: 3.806 }, { periods: 12 });
 * Math.round(curve[12] ?? 0); // => 38
 *
 * @category Models
 */
export function sbgSurvival(model: SbgParameters, input: SbgSurvivalInput): number[] {
  const parameters = readSbgModel(METRIC, model);
  const periods = readPeriods(METRIC, "periods", readRecord(METRIC, "input", input, FIELDS)["periods"]);
  const curve = [100];
  for (let t = 1; t <= periods; t++) curve.push(retain(curve[t - 1]!, parameters, t - 1));
  return curve;
}
