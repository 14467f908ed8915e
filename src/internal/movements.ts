import { amount, fail, record } from "./check.js";

/** The movement amounts a revenue rate reads. */
export interface Movements {
  startingMrr: number;
  newMrr: number;
  expansionMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  reactivationMrr: number;
}

/**
 * Reads the named movement amounts (the result of `mrrMovements`, or the same fields given by
 * hand); each must be a non-negative finite number, and absent optional ones count as 0. When
 * `startingMrr` is read, contraction and churn together cannot exceed it.
 */
export function readMovements(metric: string, input: unknown, required: readonly (keyof Movements)[]): Movements {
  const o = record(metric, "input", input);
  const get = (key: keyof Movements): number =>
    o[key] === undefined && !required.includes(key) ? 0 : amount(metric, key, o[key]);
  const m: Movements = {
    startingMrr: get("startingMrr"),
    newMrr: get("newMrr"),
    expansionMrr: get("expansionMrr"),
    contractionMrr: get("contractionMrr"),
    churnedMrr: get("churnedMrr"),
    reactivationMrr: get("reactivationMrr"),
  };
  if (required.includes("startingMrr") && m.contractionMrr + m.churnedMrr > m.startingMrr) {
    fail("inconsistent", metric, "churnedMrr", `at most startingMrr - contractionMrr (${m.startingMrr - m.contractionMrr})`, m.churnedMrr);
  }
  return m;
}
