import { forEachItem } from "../internal/collections.js";
import { readDay } from "../internal/days.js";
import { fail } from "../internal/fail.js";
import { PERIOD_KINDS, periodLabel, periodOf, startOfPeriod } from "../internal/periods.js";

import { readChoice, readDate, readOptions, readRecord } from "../internal/readers.js";
import { percentOf } from "../internal/results.js";

/**
 * A calendar period that groups customers into cohorts, in UTC: `"month"`, `"week"` (ISO weeks,
 * Monday to Sunday), `"quarter"` or `"year"`.
 *
 * @category Cohorts
 */
export type CohortPeriod = "month" | "week" | "quarter" | "year";

/**
 * One customer, as a billing system or a warehouse row gives it.
 *
 * @category Cohorts
 */
export interface CohortCustomer {
  /** The day the customer started: a `Date` (its UTC day) or a `YYYY-MM-DD` string. */
  readonly startedAt: Date | string;
  /**
   * The day the customer ended (cancelled, churned), in the same forms; absent, `undefined` or
   * `null` for a customer still active. On or after `startedAt`; it may lie after `asOf`.
   */
  readonly endedAt?: Date | string | null | undefined;
}

/**
 * How to group customers into cohorts.
 *
 * @category Cohorts
 */
export interface CohortRetentionOptions {
  /** The calendar period of a cohort and of an age step. Default `"month"`. */
  readonly period?: CohortPeriod;
  /**
   * The observation date (required): a `Date` or a `YYYY-MM-DD` string. Only periods that ended
   * by it (the next period started on or before it) are observed.
   */
  readonly asOf: Date | string;
}

/**
 * The customers who started in one period, followed period by period.
 *
 * @category Cohorts
 */
export interface Cohort {
  /** The start period's label: `"2026-01"`, `"2026-W05"`, `"2026-Q1"` or `"2026"`. */
  readonly label: string;
  /** The first day of the start period, as `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The cohort's size: the customers who started in the period (the count at age 0). */
  readonly size: number;
  /**
   * Customers still active by age: `active[0]` is the size; `active[k]` the customers active at
   * the end of the k-th period after the start period. Only ages whose period ended by `asOf`
   * are present, so a recent cohort has a shorter array.
   */
  readonly active: readonly number[];
  /** `active[k]` as a percentage of the size (0 to 100), by age. */
  readonly retainedPercent: readonly number[];
}

/**
 * The size-weighted average retention curve: at each age, the customers still active in every
 * cohort observed at that age, as a percentage of those cohorts' sizes.
 *
 * @category Cohorts
 */
export interface AverageRetention {
  /** The average retention by age, 0 to 100 (`retainedPercent[0]` is 100). */
  readonly retainedPercent: readonly number[];
  /** The number of cohorts observed at each age. */
  readonly cohorts: readonly number[];
  /** The customers (the sum of the observed cohorts' sizes) behind each age. */
  readonly customers: readonly number[];
}

/**
 * A cohort retention table.
 *
 * @category Cohorts
 */
export interface CohortRetentionResult {
  /** The calendar period of the cohorts. */
  readonly period: CohortPeriod;
  /** The observation date, as `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The cohorts that have customers, oldest first. */
  readonly cohorts: readonly Cohort[];
  /** The size-weighted average curve over the cohorts observed at each age. */
  readonly average: AverageRetention;
}

const METRIC = "cohortRetention";
const OPTIONS = ["period", "asOf"];
const FIELDS = ["startedAt", "endedAt"];
const MS_PER_DAY = 86_400_000;

const isoDate = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Builds a cohort retention table: customers grouped by the calendar period they started in,
 * and for each cohort the customers still active at the end of each later period.
 *
 * A customer who started in period `c` is counted at age `k >= 1` when still active at the end
 * of period `c + k`: one who ends during a period is not active at its end (the cohort table of
 * Fader and Hardie, "How to Project Customer Retention", Journal of Interactive Marketing 21(1),
 * 2007, and of billing-analytics products). Age `k` of a cohort is observed when period `c + k`
 * ended by `asOf`. Percentages are of the cohort's size, divided once. The average curve weights
 * each cohort by its size: at age `k`, the active customers of the cohorts observed at `k` over
 * their summed sizes. The result feeds `fitSbg` directly.
 *
 * One pass over the customers; the memory is that of the table (one counter per cohort and
 * age), not of the customers, so a million customers take no more memory than a hundred.
 *
 * @param customers - Customers `{ startedAt, endedAt? }`: any array or iterable.
 * @param options - `{ period?, asOf }`: the period (default `"month"`) and the observation date.
 * @returns The table, or `undefined` when there are no customers.
 * @throws `CxMetricsError`: `wrong-type` for a customer that is not a record or a date that is
 *   neither a `Date` nor a `YYYY-MM-DD` string (field `customers[i].startedAt`...),
 *   `out-of-range` for a string naming no day or an invalid `Date`; `inconsistent` for a customer
 *   who ends before starting (`customers[i].endedAt`) or starts after `asOf`
 *   (`customers[i].startedAt`); `wrong-type` for a missing `asOf`, `out-of-range` for an unknown
 *   `period`; `unknown-field` for a misspelt field of a customer or of the options.
 *
 * @example
 * const table = cohortRetention(
 *   [
 *     { startedAt: "2026-01-05" },
 *     { startedAt: "2026-01-20", endedAt: "2026-02-10" },
 *     { startedAt: "2026-01-31", endedAt: "2026-03-15" },
 *     { startedAt: "2026-02-14", endedAt: null },
 *   ],
 *   { asOf: "2026-04-01" },
 * );
 * table?.cohorts.map((c) => c.label); // => ["2026-01", "2026-02"]
 * table?.cohorts[0]?.active; // => [3, 2, 1]
 * table?.cohorts[1]?.retainedPercent; // => [100, 100]
 * table?.average.retainedPercent; // => [100, 75, 100 / 3]
 *
 * @category Cohorts
 */
export function cohortRetention(
  customers: Iterable<CohortCustomer>,
  options: CohortRetentionOptions,
): CohortRetentionResult | undefined {
  const o = readOptions(METRIC, options, OPTIONS);
  const period = readChoice(METRIC, "options.period", o["period"], PERIOD_KINDS, "month");
  const asOf = readDate(METRIC, "options.asOf", o["asOf"]);
  const last = periodOf(period, asOf); // the period in progress on asOf: not observed yet

  // ended[c] counts, for the cohort of period c, its customers by the age in which they ended
  // (0 to last - c); the slot last - c + 1 holds those still active at the end of the last
  // observed period. Allocated per cohort on first use.
  const ended = new Map<number, Float64Array>();
  let previousStart: unknown;
  let previousStartDay = 0;
  forEachItem(METRIC, "customers", customers, (item) => {
    const customer = readRecord(METRIC, "", item, FIELDS);
    const startValue = customer["startedAt"];
    // Rows exported from a warehouse repeat start dates: reuse the last one read.
    const start =
      startValue === previousStart && typeof startValue === "string"
        ? previousStartDay
        : readDay(METRIC, ".startedAt", startValue);
    previousStart = startValue;
    previousStartDay = start;
    if (start > asOf) {
      fail({
        code: "inconsistent",
        metric: METRIC,
        field: ".startedAt",
        expected: `on or before options.asOf (${isoDate(asOf)})`,
        received: startValue,
      });
    }
    const endValue = customer["endedAt"];
    const end = endValue === undefined || endValue === null ? undefined : readDay(METRIC, ".endedAt", endValue);
    if (end !== undefined && end < start) {
      fail({
        code: "inconsistent",
        metric: METRIC,
        field: ".endedAt",
        expected: "on or after startedAt",
        received: endValue,
      });
    }
    const cohort = periodOf(period, start);
    let row = ended.get(cohort);
    if (row === undefined) {
      row = new Float64Array(last - cohort + 2);
      ended.set(cohort, row);
    }
    const age = end === undefined ? row.length - 1 : Math.min(periodOf(period, end) - cohort, row.length - 1);
    row[age]!++;
  });
  if (ended.size === 0) return undefined;

  const starts = [...ended.keys()].sort((a, b) => a - b);
  const ages = last - starts[0]! + 1;
  const activeSum = new Float64Array(ages);
  const sizeSum = new Float64Array(ages);
  const cohortCount = new Float64Array(ages);
  const cohorts: Cohort[] = starts.map((start) => {
    const row = ended.get(start)!;
    let size = 0;
    for (const n of row) size += n;
    // Ages 1 to last - start - 1 are observed; at age k the customers who ended in an age
    // after k are active: the size less those who ended at ages 0 to k.
    const active: number[] = [size];
    let remaining = size - row[0]!;
    for (let age = 1; age < last - start; age++) {
      remaining -= row[age]!;
      active.push(remaining);
    }
    active.forEach((n, age) => {
      activeSum[age]! += n;
      sizeSum[age]! += size;
      cohortCount[age]!++;
    });
    return {
      label: periodLabel(period, start),
      startDate: isoDate(startOfPeriod(period, start)),
      size,
      active,
      retainedPercent: active.map((n) => percentOf(n, size)!),
    };
  });
  const observedAges = cohorts.reduce((n, c) => Math.max(n, c.active.length), 0);
  return {
    period,
    asOf: isoDate(asOf),
    cohorts,
    average: {
      retainedPercent: Array.from({ length: observedAges }, (_, age) => percentOf(activeSum[age]!, sizeSum[age]!)!),
      cohorts: Array.from(cohortCount.subarray(0, observedAges)),
      customers: Array.from(sizeSum.subarray(0, observedAges)),
    },
  };
}
