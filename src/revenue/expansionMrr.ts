import { CompensatedSum } from "../internal/compensatedSum.js";
import { fail } from "../internal/fail.js";
import { mrrChangeKind } from "../internal/mrrChange.js";
import { readSnapshot } from "../internal/mrrSnapshots.js";
import { readAmount, readCount, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import type { MrrByCustomer } from "./mrrByCustomer.js";

/**
 * Per-customer MRR at the start and at the end of a period.
 *
 * @category Revenue
 */
export interface MrrSnapshots {
  /** MRR by customer id at the start: a `Map` or a plain object. */
  readonly previous: MrrByCustomer;
  /** MRR by customer id at the end: a `Map` or a plain object. */
  readonly current: MrrByCustomer;
}

/**
 * Expansion MRR from a count of expanding customers and their average extra spend.
 *
 * @category Revenue
 */
export interface ExpansionFromAverageInput {
  /** Customers whose MRR grew. */
  readonly customers: number;
  /** Their average extra recurring revenue a month. */
  readonly averageExpansionPerCustomer: number;
}

const METRIC = "expansionMrr";

/**
 * Computes expansion MRR: the extra monthly recurring revenue that existing customers added
 * (upgrades, extra seats, add-ons).
 *
 * From snapshots: the sum, over customers who paid at both moments, of `current - previous`
 * where it is positive. New and returning customers are not expansion, and decreases
 * (contraction) are not netted against it (ChartMogul's and Baremetrics' definition of expansion
 * MRR). From an average: `customers * averageExpansionPerCustomer`. Seed document 004 multiplies
 * the *total* extra revenue by the number of customers (S4-EXPANSION), which counts every
 * customer's extras once per customer: 40 customers averaging 25 a month is 1,000, not 40,000.
 * The sum is compensated (Neumaier), so the order of customers changes it by the last bit at most.
 *
 * @param input - `{ previous, current }` snapshots, or `{ customers, averageExpansionPerCustomer }`.
 * @returns Expansion MRR, 0 or more, in the currency of the amounts.
 * @throws `CxMetricsError`: `wrong-type` for a snapshot that is not a `Map` or object or for a
 *   customer id that is not a string; `negative`, `not-finite` or `not-a-number` for a bad amount,
 *   naming the customer; `inconsistent` when fields of both forms are given.
 *
 * @example
 * expansionMrr({ customers: 40, averageExpansionPerCustomer: 25 }); // => 1000
 * expansionMrr({
 *   previous: { acme: 100, globex: 50, initech: 80 },
 *   current: { acme: 150, globex: 30, umbrella: 70 },
 * }); // => 50
 *
 * @category Revenue
 */
export function expansionMrr(input: MrrSnapshots | ExpansionFromAverageInput): number {
  const o = readRecord(METRIC, "input", input, ["previous", "current", "customers", "averageExpansionPerCustomer"]);
  const snapshots = o["previous"] !== undefined || o["current"] !== undefined;
  if (snapshots && o["customers"] !== undefined) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "customers",
      expected: "absent with previous and current",
      received: o["customers"],
    });
  }
  if (!snapshots) {
    const customers = readCount(METRIC, "customers", o["customers"]);
    const average = readAmount(METRIC, "averageExpansionPerCustomer", o["averageExpansionPerCustomer"]);
    return finiteResult(METRIC, "input", customers * average, input);
  }
  const previous = readSnapshot(METRIC, "previous", o["previous"]);
  const current = readSnapshot(METRIC, "current", o["current"]);
  const expansion = new CompensatedSum();
  previous.forEach(() => {}); // validates every amount at the start before those at the end
  current.forEach((id, after) => {
    const before = previous.get(id) ?? 0;
    if (mrrChangeKind(before, after, false) === "expansion") expansion.addDifference(after, before);
  });
  return finiteResult(METRIC, "current", expansion.value(), o["current"]);
}
