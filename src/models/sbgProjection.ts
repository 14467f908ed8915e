import { readCount, readRecord } from "../internal/readers.js";
import { readPeriods, readSbgModel, retain } from "../internal/sbg.js";
import type { SbgParameters } from "./fitSbg.js";

/**
 * A cohort to project, and how far.
 *
 * @category Models
 */
export interface SbgProjectionInput {
  /** Customers active in the cohort now (its size, at age 0): a whole number. */
  readonly active: number;
  /** The cohort's age now, in periods (default 0, a new cohort). */
  readonly age?: number;
  /** How many periods ahead to project: a whole number up to 100,000. */
  readonly periods: number;
}

const METRIC = "sbgProjection";
const FIELDS = ["active", "age", "periods"];

/**
 * Projects a cohort's active customers with a shifted-beta-geometric model: the expected count
 * at its current age and at each of the next `periods` ages.
 *
 * `E[active at age a + k] = active * S(a + k) / S(a)`, with `S` the sBG survival function
 * (Fader and Hardie, "How to Project Customer Retention", Journal of Interactive Marketing,
 * 2007): the customers who survived to age `a` are the more loyal ones, so an old cohort is
 * projected to retain better than a new one of the same size. Counts are expectations, so they
 * are fractional; round them for display.
 *
 * @param model - `{ alpha, beta }`, such as the result of `fitSbg`.
 * @param input - `{ active, age?, periods }`.
 * @returns `periods + 1` expected counts, the first `active` itself.
 * @throws `CxMetricsError`: the shape-parameter codes for `model.alpha` or `model.beta`; the
 *   count codes for `active`, `age` and `periods` (`out-of-range` for an age or a number of
 *   periods above 100,000); `unknown-field` for a misspelt field.
 *
 * @example
 * sbgProjection({ alpha: 1, beta: 1 }, { active: 1200, periods: 3 }); // => [1200, 600, 400, 300]
 * sbgProjection({ alpha: 1, beta: 1 }, { active: 400, age: 2, periods: 2 }).map(Math.round); // => [400, 300, 240]
 *
 * @category Models
 */
export function sbgProjection(model: SbgParameters, input: SbgProjectionInput): number[] {
  const parameters = readSbgModel(METRIC, model);
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const active = readCount(METRIC, "active", fields["active"]);
  const age = fields["age"] === undefined ? 0 : readPeriods(METRIC, "age", fields["age"]);
  const periods = readPeriods(METRIC, "periods", fields["periods"]);
  const counts = [active];
  // The count at age a + k is the one at a + k - 1 times the retention rate at age a + k.
  for (let k = 1; k <= periods; k++) counts.push(retain(counts[k - 1]!, parameters, age + k - 1));
  return counts;
}
