import { readLedger, readRfmWindow, sumAt } from "../internal/rfm.js";

/**
 * One purchase in a transaction log, as {@link rfmSummary} and {@link rfmGroups} read it.
 *
 * @category Models
 */
export interface RfmTransaction {
  /** The customer's id, a string or a finite number, kept as given (`1` and `"1"` are two customers). */
  readonly customer: string | number;
  /** The day of the purchase: a `Date` (its UTC calendar day) or a `YYYY-MM-DD` string. */
  readonly at: Date | string;
  /** What the purchase was worth, a non-negative amount; on every transaction or on none. */
  readonly amount?: number;
}

/**
 * Options for {@link rfmSummary}.
 *
 * @category Models
 */
export interface RfmSummaryOptions {
  /** The last day observed, included; later transactions are outside the data and not read further. */
  readonly observationEnd: Date | string;
  /** The unit of `recency` and `age`: `"day"` or `"week"` (7 days). */
  readonly unit: "day" | "week";
  /**
   * The last day of the calibration period, included, when a holdout period follows it up to
   * `observationEnd`: the summary then describes the calibration period, and each row also
   * carries what the customer did in the holdout. On or before `observationEnd`.
   */
  readonly calibrationEnd?: Date | string;
}

/**
 * One customer's recency, frequency and monetary summary, in the form the buy-till-you-die models
 * take (Fader, Hardie and Lee, "Counting Your Customers the Easy Way", Marketing Science 2005).
 *
 * @category Models
 */
export interface RfmCustomer {
  /** The customer's id, as given. */
  readonly customer: string | number;
  /** Repeat purchases: the number of distinct purchase days after the first, 0 or more. */
  readonly frequency: number;
  /** Time from the first to the last purchase day, in the unit (0 without a repeat purchase). */
  readonly recency: number;
  /** Time from the first purchase day to the end of the (calibration) period, in the unit. */
  readonly age: number;
  /**
   * Mean amount per repeat purchase day (same-day amounts summed, the first day left out);
   * `undefined` without a repeat purchase or when the transactions carry no amounts.
   */
  readonly monetaryValue: number | undefined;
  /** With `calibrationEnd`: distinct purchase days in the holdout period (all repeat purchases). */
  readonly holdoutFrequency?: number;
  /**
   * With `calibrationEnd`: mean amount per purchase day in the holdout period; `undefined` without
   * one or when the transactions carry no amounts.
   */
  readonly holdoutMonetaryValue?: number | undefined;
}

const METRIC = "rfmSummary";

/**
 * Summarises a transaction log per customer as frequency, recency, age and monetary value, the
 * input of the BG/NBD, Pareto/NBD and Gamma-Gamma models (definitions of Fader, Hardie and Lee
 * 2005, "Counting Your Customers the Easy Way", and of the `lifetimes` package's
 * `summary_data_from_transaction_data`).
 *
 * Purchases on the same day are one purchase, their amounts summed. For a customer whose first
 * purchase day is `f`, last purchase day `l` and who bought on `n` distinct days up to the end of
 * the period `E` (`observationEnd`, or `calibrationEnd` when given, both included):
 * `frequency = n - 1`, `recency = (l - f) / u`, `age = (E - f) / u` with `u` = 1 day or 7 days,
 * and `monetaryValue` = (amount of the days after `f`) / (n - 1). Transactions after
 * `observationEnd` are ignored, and so are customers whose first purchase is after `E`. With
 * `calibrationEnd`, `holdoutFrequency` and `holdoutMonetaryValue` describe the purchase days after
 * it, up to `observationEnd`.
 *
 * One pass, and memory of a fixed number of numbers per customer (none per transaction) while
 * each customer's transactions arrive in date order. An array out of date order is read a
 * second time, keeping each customer's purchase days, and must read the same (the transactions
 * before the first one out of order are checked against the first reading); a one-shot iterator
 * (a generator) out of date order throws.
 *
 * @param transactions - The log, any array or iterable of `{ customer, at, amount? }`.
 * @param options - `observationEnd`, `unit`, optional `calibrationEnd`.
 * @returns One row per customer, in order of first appearance in the log; an empty array for an
 *   empty log.
 * @throws `CxMetricsError`: `wrong-type` for a log that is not iterable, a transaction that is not
 *   an object, a customer id that is not a string or finite number, a date that is not a `Date`
 *   or `YYYY-MM-DD` string, or a missing `unit`; `unknown-field` for a field not listed here;
 *   `out-of-range` for a day that does not exist or an unknown unit; `negative` and the number
 *   codes for a bad amount; `inconsistent` for an amount on some transactions only, a
 *   `calibrationEnd` after `observationEnd`, a one-shot iterator out of date order, or a log out
 *   of date order that reads differently the second time.
 *
 * @example
 * const rows = rfmSummary(
 *   [
 *     { customer: "ann", at: "2026-01-01", amount: 30 },
 *     { customer: "ann", at: "2026-01-15", amount: 20 },
 *     { customer: "ann", at: "2026-01-15", amount: 5 },
 *     { customer: "bob", at: "2026-01-08", amount: 12 },
 *   ],
 *   { observationEnd: "2026-01-29", unit: "week" },
 * );
 * rows[0]; // => { customer: "ann", frequency: 1, recency: 2, age: 4, monetaryValue: 25 }
 * rows[1]; // => { customer: "bob", frequency: 0, recency: 0, age: 3, monetaryValue: undefined }
 *
 * @category Models
 */
export function rfmSummary(transactions: Iterable<RfmTransaction>, options: RfmSummaryOptions): RfmCustomer[] {
  const window = readRfmWindow(METRIC, options, true);
  const ledger = readLedger(METRIC, transactions, window);
  const { daysPerUnit: u, calibrationEnd: end } = window;
  const rows: RfmCustomer[] = [];
  for (let i = 0; i < ledger.ids.length; i++) {
    const first = ledger.first[i]!;
    if (first > end) continue;
    const frequency = ledger.days[i]! - 1;
    const repeatAmount = sumAt(ledger.amount, i) - ledger.firstAmount[i]!;
    const row: RfmCustomer = {
      customer: ledger.ids[i]!,
      frequency,
      recency: (ledger.last[i]! - first) / u,
      age: (end - first) / u,
      monetaryValue: ledger.hasAmounts && frequency > 0 ? repeatAmount / frequency : undefined,
    };
    if (window.holdout) {
      const holdoutFrequency = ledger.holdoutDays[i]!;
      rows.push({
        ...row,
        holdoutFrequency,
        holdoutMonetaryValue:
          ledger.hasAmounts && holdoutFrequency > 0 ? sumAt(ledger.holdoutAmount, i) / holdoutFrequency : undefined,
      });
    } else rows.push(row);
  }
  return rows;
}
