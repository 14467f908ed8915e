import type { CompensatedSum } from "./compensatedSum.js";

/**
 * How one customer's MRR moved between two snapshots:
 * - `new`: paying now and not before, and not a former customer;
 * - `reactivation`: paying now and not before, and a former customer (named in
 *   `formerCustomers`);
 * - `expansion` / `contraction`: paying at both moments, more / less now;
 * - `churn`: paying before and nothing now (absent or 0);
 * - `none`: no movement (the same amount, or nothing at both moments).
 */
export type MrrChangeKind = "new" | "reactivation" | "expansion" | "contraction" | "churn" | "none";

/**
 * Classifies one customer's movement from `before` to `after` (each 0 when absent). `former`
 * says whether the customer paid at some earlier time, which makes a start a reactivation.
 */
export function mrrChangeKind(before: number, after: number, former: boolean): MrrChangeKind {
  if (before > 0 && after === 0) return "churn";
  if (before === 0 && after > 0) return former ? "reactivation" : "new";
  if (after > before && before > 0) return "expansion";
  if (after < before && after > 0) return "contraction";
  return "none";
}

/** A running total of each kind of movement but `none`. */
export type MrrChangeTotals = { readonly [kind in Exclude<MrrChangeKind, "none">]: CompensatedSum };

/**
 * Adds one customer's movement to the total of its kind (see {@link mrrChangeKind}): `before`
 * for churn, `after` for new business and reactivations, `after - before` for expansion and
 * `before - after` for contraction. Nothing is allocated per customer: the kind is a constant
 * string, not a `{ kind, amount }` object, and a difference is taken inside the sum (see
 * `CompensatedSum.addDifference`).
 */
export function addMrrChange(totals: MrrChangeTotals, before: number, after: number, former: boolean): void {
  switch (mrrChangeKind(before, after, former)) {
    case "churn":
      totals.churn.add(before);
      break;
    case "new":
      totals.new.add(after);
      break;
    case "reactivation":
      totals.reactivation.add(after);
      break;
    case "expansion":
      totals.expansion.addDifference(after, before);
      break;
    case "contraction":
      totals.contraction.addDifference(before, after);
      break;
    default:
      break;
  }
}
