import { forEachItem } from "../internal/collections.js";
import { CompensatedSum } from "../internal/compensatedSum.js";
import { addMrrChange } from "../internal/mrrChange.js";
import { readSnapshot } from "../internal/mrrSnapshots.js";
import { readRecord, readString } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";
import type { MrrByCustomer } from "./mrrByCustomer.js";

/**
 * Per-customer MRR at the start and end of a period, and who paid before it.
 *
 * @category Revenue
 */
export interface MrrMovementsInput {
  /** MRR by customer id at the start of the period. */
  readonly previous: MrrByCustomer;
  /** MRR by customer id at the end of the period. */
  readonly current: MrrByCustomer;
  /**
   * Ids of customers who paid at some time before `previous` (a `Set`, an array or any
   * iterable of strings): one of them paying again is a reactivation, not a new customer.
   */
  readonly formerCustomers?: Iterable<string>;
}

/**
 * Where a period's MRR came from and where it went. Every amount is 0 or more but `netNewMrr`.
 *
 * @category Revenue
 */
export interface MrrMovements {
  /** Total MRR at the start. */
  readonly startingMrr: number;
  /** Total MRR at the end. */
  readonly endingMrr: number;
  /** MRR of customers who paid at the end and never before. */
  readonly newMrr: number;
  /** Increases of customers who paid at both moments. */
  readonly expansionMrr: number;
  /** Decreases of customers who still pay at the end. */
  readonly contractionMrr: number;
  /** Starting MRR of customers who pay nothing at the end (absent or 0). */
  readonly churnedMrr: number;
  /** MRR of former customers (in `formerCustomers`) paying again. */
  readonly reactivationMrr: number;
  /** `newMrr + expansionMrr + reactivationMrr - contractionMrr - churnedMrr` (any sign). */
  readonly netNewMrr: number;
}

const METRIC = "mrrMovements";

/**
 * Splits the change of MRR over a period into its movements: new, expansion, contraction, churned
 * and reactivation, from two per-customer snapshots.
 *
 * For each customer, with `a` its MRR at the start and `b` at the end (0 when absent): `a > 0` and
 * `b = 0` is churn (`a`); `a > 0` and `b > a` expansion (`b - a`); `a > 0` and `0 < b < a`
 * contraction (`a - b`); `a = 0` and `b > 0` is a reactivation when the customer paid before
 * (listed in `formerCustomers`) and new otherwise: a customer listed at 0 in `previous` (a trial,
 * a free plan) was not a paying customer, so their first payment is new business. These are the
 * movement definitions ChartMogul, Baremetrics and ProfitWell publish; a customer who joined and
 * left inside the period appears in neither snapshot and in no movement (a billing tool that
 * tracks events may count it as new and churned). The identity
 * `endingMrr = startingMrr + newMrr + expansionMrr + reactivationMrr - contractionMrr - churnedMrr`
 * holds up to the last bits of the compensated sums.
 *
 * @param input - `{ previous, current, formerCustomers? }`.
 * @returns The movements and both totals.
 * @throws `CxMetricsError`: `wrong-type` for a snapshot that is not a `Map` or object, a customer
 *   id that is not a string, or `formerCustomers` that is not an iterable of strings; `negative`,
 *   `not-finite` or `not-a-number` for a bad amount, naming the customer.
 *
 * @example
 * const m = mrrMovements({
 *   previous: { acme: 100, globex: 50, initech: 80 },
 *   current: { acme: 150, globex: 30, hooli: 70, wayne: 40 },
 *   formerCustomers: ["wayne"],
 * });
 * [m.newMrr, m.expansionMrr, m.contractionMrr, m.churnedMrr, m.reactivationMrr]; // => [70, 50, 20, 80, 40]
 * [m.startingMrr, m.endingMrr, m.netNewMrr]; // => [230, 290, 60]
 *
 * @category Revenue
 */
export function mrrMovements(input: MrrMovementsInput): MrrMovements {
  const o = readRecord(METRIC, "input", input, ["previous", "current", "formerCustomers"]);
  const previous = readSnapshot(METRIC, "previous", o["previous"]);
  const current = readSnapshot(METRIC, "current", o["current"]);
  const former = readFormerCustomers(o["formerCustomers"]);
  const totals = {
    starting: new CompensatedSum(),
    ending: new CompensatedSum(),
    new: new CompensatedSum(),
    reactivation: new CompensatedSum(),
    expansion: new CompensatedSum(),
    contraction: new CompensatedSum(),
    churn: new CompensatedSum(),
  };
  // One pass over the customers at the start: those absent at the end churned...
  previous.forEach((id, before) => {
    totals.starting.add(before);
    if (!current.has(id)) totals.churn.add(before);
  });
  // ...and one over the customers at the end, whose movement the two amounts decide.
  current.forEach((id, after) => {
    totals.ending.add(after);
    // Only a former customer's return is a reactivation: one listed at 0 before (a trial, a free
    // plan) who starts paying is new business.
    addMrrChange(totals, previous.get(id) ?? 0, after, former.has(id));
  });
  // A total too large for a double names the snapshot its amounts came from.
  const total = (sum: CompensatedSum, field: "previous" | "current"): number =>
    finiteResult(METRIC, field, sum.value(), o[field]);
  const movements = {
    startingMrr: total(totals.starting, "previous"),
    endingMrr: total(totals.ending, "current"),
    newMrr: total(totals.new, "current"),
    expansionMrr: total(totals.expansion, "current"),
    contractionMrr: total(totals.contraction, "previous"),
    churnedMrr: total(totals.churn, "previous"),
    reactivationMrr: total(totals.reactivation, "current"),
  };
  const { newMrr, expansionMrr, reactivationMrr, contractionMrr, churnedMrr } = movements;
  return {
    ...movements,
    netNewMrr: finiteResult(
      METRIC,
      "current",
      newMrr + expansionMrr + reactivationMrr - contractionMrr - churnedMrr,
      o["current"],
    ),
  };
}

/** The ids of former customers: any iterable of strings, or none. */
function readFormerCustomers(value: unknown): ReadonlySet<string> {
  const former = new Set<string>();
  if (value !== undefined) {
    forEachItem(METRIC, "formerCustomers", value, (id) => former.add(readString(METRIC, "", id)));
  }
  return former;
}
