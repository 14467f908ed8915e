import { fail } from "./fail.js";
import { readAmount, readRecord } from "./readers.js";
import { exceedsBeyondRounding } from "./results.js";

/** The movement amounts a revenue rate reads. */
export interface Movements {
  readonly startingMrr: number;
  readonly newMrr: number;
  readonly expansionMrr: number;
  readonly contractionMrr: number;
  readonly churnedMrr: number;
  readonly reactivationMrr: number;
}

/** Every field of `mrrMovements`' result, which the revenue rates accept as their input. */
const MOVEMENT_FIELDS = [
  "startingMrr",
  "endingMrr",
  "newMrr",
  "expansionMrr",
  "contractionMrr",
  "churnedMrr",
  "reactivationMrr",
  "netNewMrr",
];

/**
 * Reads the named movement amounts (the result of `mrrMovements`, or the same fields given by
 * hand); each must be a non-negative finite number, and absent optional ones count as 0. When
 * `startingMrr` is read, contraction and churn together cannot exceed it.
 */
export function readMovements(metric: string, input: unknown, required: readonly (keyof Movements)[]): Movements {
  const fields = readRecord(metric, "input", input, MOVEMENT_FIELDS);
  const read = (key: keyof Movements): number =>
    fields[key] === undefined && !required.includes(key) ? 0 : readAmount(metric, key, fields[key]);
  const movements: Movements = {
    startingMrr: read("startingMrr"),
    newMrr: read("newMrr"),
    expansionMrr: read("expansionMrr"),
    contractionMrr: read("contractionMrr"),
    churnedMrr: read("churnedMrr"),
    reactivationMrr: read("reactivationMrr"),
  };
  const { startingMrr, contractionMrr, churnedMrr } = movements;
  if (required.includes("startingMrr") && exceedsBeyondRounding(contractionMrr + churnedMrr, startingMrr)) {
    fail({
      code: "inconsistent",
      metric,
      field: "churnedMrr",
      expected: `at most startingMrr - contractionMrr (${startingMrr - contractionMrr})`,
      received: churnedMrr,
    });
  }
  return movements;
}
