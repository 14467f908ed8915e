import { readAmount, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";

/**
 * A customer's lifetime value and what it cost to acquire.
 *
 * @category Revenue
 */
export interface LtvToCacInput {
  /** Lifetime value of a customer, in currency (from `clv` or `sbgLifetimeValue`), as gross margin. */
  readonly lifetimeValue: number;
  /** Acquisition cost of a customer, in the same currency (from `cac`). */
  readonly acquisitionCost: number;
}

const METRIC = "ltvToCac";
const FIELDS = ["lifetimeValue", "acquisitionCost"];

/**
 * Computes the LTV to CAC ratio: how many times a customer's lifetime value repays the cost of
 * acquiring them. A ratio, not a percentage.
 *
 * `ltvToCac = lifetimeValue / acquisitionCost` (David Skok, "SaaS Metrics 2.0",
 * forEntrepreneurs.com, 2013, which reads a ratio above 3 as a healthy business). The lifetime
 * value should be gross margin, not revenue, for the ratio to mean money returned.
 *
 * @param input - `{ lifetimeValue, acquisitionCost }`: amounts in one currency.
 * @returns The ratio (0 or more), or `undefined` when the acquisition cost is 0.
 * @throws `CxMetricsError`: the amount codes (`wrong-type`, `not-a-number`, `not-finite`,
 *   `negative`) naming the bad amount; `out-of-range` (field `lifetimeValue`) when the ratio
 *   overflows; `unknown-field` for a misspelt field.
 *
 * @example
 * ltvToCac({ lifetimeValue: 4500, acquisitionCost: 1500 }); // => 3
 * ltvToCac({ lifetimeValue: 4500, acquisitionCost: 0 }); // => undefined
 *
 * @category Revenue
 */
export function ltvToCac(input: LtvToCacInput): number | undefined {
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const ltv = readAmount(METRIC, "lifetimeValue", fields["lifetimeValue"]);
  const cost = readAmount(METRIC, "acquisitionCost", fields["acquisitionCost"]);
  return cost === 0 ? undefined : finiteResult(METRIC, "lifetimeValue", ltv / cost);
}
