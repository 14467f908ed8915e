import { requireAtMost } from "../internal/rates.js";
import { readCount, readRecord } from "../internal/readers.js";
import { percentOf } from "../internal/results.js";

/**
 * The ticket counts behind first contact resolution.
 *
 * @category Support
 */
export interface FcrInput {
  /** Tickets resolved in a single interaction. */
  readonly resolvedOnFirstContact: number;
  /** All tickets received in the period. */
  readonly tickets: number;
  /**
   * Tickets that cannot be resolved in one contact (escalations by policy, spam, duplicates) and
   * are left out of the denominator: the "net" FCR. Default 0 (the "gross" FCR).
   */
  readonly excludedTickets?: number;
}

const METRIC = "fcr";

/**
 * Computes first contact resolution (FCR): the percentage of tickets resolved in a single
 * interaction.
 *
 * `fcr = 100 * resolvedOnFirstContact / (tickets - excludedTickets)` (seed document 004,
 * S4-FCR). Without exclusions this is the gross FCR; leaving out tickets that cannot be solved
 * in one contact gives the net FCR, the form Zendesk and most support-analytics texts report.
 *
 * @param input - `{ resolvedOnFirstContact, tickets, excludedTickets? }`, whole numbers.
 * @returns FCR, 0 to 100, or `undefined` when no ticket is left in the denominator.
 * @throws `CxMetricsError`: the count codes naming a bad count; `inconsistent` when
 *   `excludedTickets` exceeds `tickets` (field `excludedTickets`) or when more tickets were
 *   resolved than remain (field `resolvedOnFirstContact`).
 *
 * @example
 * fcr({ resolvedOnFirstContact: 720, tickets: 1000 }); // => 72
 * fcr({ resolvedOnFirstContact: 720, tickets: 1000, excludedTickets: 100 }); // => 80
 *
 * @category Support
 */
export function fcr(input: FcrInput): number | undefined {
  const o = readRecord(METRIC, "input", input, ["resolvedOnFirstContact", "tickets", "excludedTickets"]);
  const resolved = readCount(METRIC, "resolvedOnFirstContact", o["resolvedOnFirstContact"]);
  const tickets = readCount(METRIC, "tickets", o["tickets"]);
  const excluded = o["excludedTickets"] === undefined ? 0 : readCount(METRIC, "excludedTickets", o["excludedTickets"]);
  requireAtMost(METRIC, "excludedTickets", excluded, tickets, "tickets");
  requireAtMost(METRIC, "resolvedOnFirstContact", resolved, tickets - excluded, "tickets - excludedTickets");
  return percentOf(resolved, tickets - excluded);
}
