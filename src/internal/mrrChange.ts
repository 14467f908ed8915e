/**
 * How one customer's MRR moved between two snapshots, with the amount of the movement:
 * - `new`: paying now and not before, and not a former customer;
 * - `reactivation`: paying now and not before, and a former customer (named in
 *   `formerCustomers`);
 * - `expansion` / `contraction`: paying at both moments, more / less now;
 * - `churn`: paying before and nothing now (absent or 0);
 * - `none`: no movement (the same amount, or nothing at both moments).
 */
export type MrrChange =
  | { readonly kind: "new" | "reactivation" | "expansion" | "contraction" | "churn"; readonly amount: number }
  | { readonly kind: "none"; readonly amount: 0 };

const NONE: MrrChange = { kind: "none", amount: 0 };

/**
 * Classifies one customer's movement from `before` to `after` (each 0 when absent). `former`
 * says whether the customer paid at some earlier time, which makes a start a reactivation.
 */
export function classifyMrrChange(before: number, after: number, former: boolean): MrrChange {
  if (before > 0 && after === 0) return { kind: "churn", amount: before };
  if (before === 0 && after > 0) return { kind: former ? "reactivation" : "new", amount: after };
  if (after > before && before > 0) return { kind: "expansion", amount: after - before };
  if (after < before && after > 0) return { kind: "contraction", amount: before - after };
  return NONE;
}
