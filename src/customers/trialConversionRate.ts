import { fail } from "../internal/fail.js";
import { readCount, readRecord } from "../internal/readers.js";
import { percentOf } from "../internal/results.js";

/**
 * The trials behind a trial conversion rate.
 *
 * @category Customers
 */
export interface TrialConversionRateInput {
  /**
   * Trials that have ended (converted to a paid plan or expired) in the period; trials still
   * running are in neither number, so they cannot lower the rate.
   */
  readonly trialsEnded: number;
  /** Trials among `trialsEnded` that converted to a paid plan; at most `trialsEnded`. */
  readonly trialsConverted: number;
}

const METRIC = "trialConversionRate";
const FIELDS = ["trialsEnded", "trialsConverted"];

/**
 * Computes the trial conversion rate: the percentage of ended free trials that became paying
 * customers.
 *
 * `trialConversionRate = 100 * trialsConverted / trialsEnded` (the free-trial conversion rate
 * of David Skok, "SaaS Metrics 2.0", forEntrepreneurs.com, 2013). Counting only trials whose
 * outcome is known keeps a burst of new, still-running trials from looking like a drop.
 *
 * @param input - `{ trialsEnded, trialsConverted }`, whole numbers.
 * @returns The conversion rate, 0 to 100, or `undefined` when no trial has ended.
 * @throws `CxMetricsError`: the count codes (`wrong-type`, `not-a-number`, `not-finite`,
 *   `not-integer`, `negative`, `out-of-range`) naming the bad count; `inconsistent` (field
 *   `trialsConverted`) when more trials converted than ended; `unknown-field` for a misspelt field.
 *
 * @example
 * trialConversionRate({ trialsEnded: 400, trialsConverted: 58 }); // => 14.5
 * trialConversionRate({ trialsEnded: 0, trialsConverted: 0 }); // => undefined
 *
 * @category Customers
 */
export function trialConversionRate(input: TrialConversionRateInput): number | undefined {
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const ended = readCount(METRIC, "trialsEnded", fields["trialsEnded"]);
  const converted = readCount(METRIC, "trialsConverted", fields["trialsConverted"]);
  if (converted > ended) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "trialsConverted",
      expected: `at most trialsEnded (${ended})`,
      received: converted,
    });
  }
  return percentOf(converted, ended);
}
