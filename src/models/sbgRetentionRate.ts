import { readNumber, readRecord } from "../internal/readers.js";
import { MAX_PERIODS, readSbgModel, retain } from "../internal/sbg.js";
import type { SbgParameters } from "./fitSbg.js";

/**
 * The age at which to read an sBG retention rate.
 *
 * @category Models
 */
export interface SbgRetentionRateInput {
  /** The renewal's age, in periods: 1 for the first renewal, a whole number up to 100,000. */
  readonly age: number;
}

const METRIC = "sbgRetentionRate";
const FIELDS = ["age"];

/**
 * The retention rate of a shifted-beta-geometric model at age `t`: the percentage of the
 * customers active at age `t - 1` who renew at `t`.
 *
 * `r(t) = 100 (beta + t - 1) / (alpha + beta + t - 1)` (Fader and Hardie, "How to Project
 * Customer Retention", Journal of Interactive Marketing, 2007). It rises with `t`
 * towards 100: the survivors of each period are, on average, the more loyal customers.
 *
 * @param model - `{ alpha, beta }`, such as the result of `fitSbg`.
 * @param input - `{ age }`, a whole number of at least 1.
 * @returns The retention rate, 0 to 100.
 * @throws `CxMetricsError`: the shape-parameter codes for `model.alpha` or `model.beta`;
 *   `wrong-type`, `not-integer`, `out-of-range` (below 1 or above 100,000) for `age`;
 *   `unknown-field` for a misspelt field.
 *
 * @example
 * sbgRetentionRate({ alpha: 1, beta: 3 }, { age: 1 }); // => 75
 * sbgRetentionRate({ alpha: 1, beta: 3 }, { age: 2 }); // => 80
 *
 * @category Models
 */
export function sbgRetentionRate(model: SbgParameters, input: SbgRetentionRateInput): number {
  const parameters = readSbgModel(METRIC, model);
  const age = readNumber(METRIC, "age", readRecord(METRIC, "input", input, FIELDS)["age"], {
    min: 1,
    max: MAX_PERIODS,
    integer: true,
    noun: "a whole number",
  });
  return retain(100, parameters, age - 1);
}
