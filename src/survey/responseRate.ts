import { shareOf } from "../internal/rates.js";

/**
 * The counts behind a survey's response rate.
 *
 * @category Survey
 */
export interface ResponseRateInput {
  /** Completed responses received; at most `invitations`. */
  readonly responses: number;
  /** Invitations delivered (sent minus bounced, if you track bounces). */
  readonly invitations: number;
}

const METRIC = "responseRate";

/**
 * Computes a survey's response rate: the percentage of invitations that were answered.
 *
 * `responseRate = 100 * responses / invitations` (seed document 001, S1-RESPONSE: 3,000
 * responses to 30,000 invitations is 10 %).
 *
 * @param input - `{ responses, invitations }`, non-negative whole numbers.
 * @returns The response rate, 0 to 100, or `undefined` when no invitations were sent.
 * @throws `CxMetricsError`: code `wrong-type`, `not-a-number`, `not-finite`, `not-integer`,
 *   `negative` or `out-of-range` naming the bad count; `inconsistent` (field `responses`) when
 *   there are more responses than invitations.
 *
 * @example
 * responseRate({ responses: 3000, invitations: 30000 }); // => 10
 * responseRate({ responses: 0, invitations: 0 }); // => undefined
 *
 * @category Survey
 */
export function responseRate(input: ResponseRateInput): number | undefined {
  return shareOf(METRIC, input, "responses", "invitations");
}
