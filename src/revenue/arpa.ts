import { fail } from "../internal/fail.js";
import { readAmount, readCount, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";

/**
 * Recurring revenue and the accounts paying it.
 *
 * @category Revenue
 */
export interface ArpaInput {
  /** Monthly recurring revenue, in currency per month (the result of `mrr`). */
  readonly mrr: number;
  /** Active (paying) accounts at the same moment: a whole number. */
  readonly activeAccounts: number;
}

const METRIC = "arpa";
const FIELDS = ["mrr", "activeAccounts"];

/**
 * Computes the average revenue per account (ARPA): monthly recurring revenue divided by the
 * accounts paying it, in currency per account per month.
 *
 * `arpa = mrr / activeAccounts` (David Skok, "SaaS Metrics 2.0", forEntrepreneurs.com, 2013;
 * the same definition as ChartMogul and Baremetrics). An account is a paying customer, not a
 * user seat: count the customers that `mrr` summed.
 *
 * @param input - `{ mrr, activeAccounts }`: an amount per month and a whole number.
 * @returns The ARPA in currency per month, or `undefined` when there are no active accounts
 *   and no MRR.
 * @throws `CxMetricsError`: the amount codes (`wrong-type`, `not-a-number`, `not-finite`,
 *   `negative`) for a bad `mrr`, the count codes for a bad `activeAccounts`; `inconsistent`
 *   (field `mrr`) for MRR above 0 with no active account to pay it; `unknown-field` for a
 *   misspelt field.
 *
 * @example
 * arpa({ mrr: 12500, activeAccounts: 250 }); // => 50
 * arpa({ mrr: 0, activeAccounts: 0 }); // => undefined
 *
 * @category Revenue
 */
export function arpa(input: ArpaInput): number | undefined {
  const fields = readRecord(METRIC, "input", input, FIELDS);
  const mrr = readAmount(METRIC, "mrr", fields["mrr"]);
  const accounts = readCount(METRIC, "activeAccounts", fields["activeAccounts"]);
  if (accounts === 0) {
    if (mrr > 0)
      fail({
        code: "inconsistent",
        metric: METRIC,
        field: "mrr",
        expected: "0 when there are no active accounts",
        received: mrr,
      });
    return undefined;
  }
  return finiteResult(METRIC, "mrr", mrr / accounts, mrr);
}
