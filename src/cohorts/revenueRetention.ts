import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";

import { PERIOD_KINDS, parsePeriod, periodLabel } from "../internal/periods.js";
import { readAmount, readChoice, readOptions, readRecord } from "../internal/readers.js";
import { percentOf } from "../internal/results.js";
import type { CohortPeriod } from "./cohortRetention.js";

/**
 * One customer's recurring revenue in one period, as a warehouse export gives it.
 *
 * @category Cohorts
 */
export interface RevenueRow {
  /** The customer's identifier: a string or a number (`"42"` and `42` are different customers). */
  readonly customer: string | number;
  /** The period's label, of the kind in `options.period`: `"2026-01"`, `"2026-W05"`, `"2026-Q1"` or `"2026"`. */
  readonly period: string;
  /** The customer's MRR in that period, in currency per month; 0 or more. */
  readonly mrr: number;
}

/**
 * How to read the period labels.
 *
 * @category Cohorts
 */
export interface RevenueRetentionOptions {
  /** The kind of period the labels name. Default `"month"`. */
  readonly period?: CohortPeriod;
}

/**
 * The customers whose first paying period is the same, and their MRR period by period.
 *
 * @category Cohorts
 */
export interface RevenueCohort {
  /** The first paying period's label. */
  readonly label: string;
  /** The customers in the cohort. */
  readonly customers: number;
  /** The cohort's MRR by age: `mrr[0]` in its first period, `mrr[k]` k periods later. */
  readonly mrr: readonly number[];
  /** Net revenue retention by age, in percent: `100 * mrr[k] / mrr[0]`, expansion included (can exceed 100). */
  readonly netRetentionPercent: readonly number[];
  /** Gross revenue retention by age, in percent: each customer's MRR capped at their age-0 MRR (0 to 100). */
  readonly grossRetentionPercent: readonly number[];
}

/**
 * The MRR-weighted average over the cohorts observed at each age.
 *
 * @category Cohorts
 */
export interface AverageRevenueRetention {
  /** The cohorts' summed MRR at each age over their summed age-0 MRR, in percent. */
  readonly netRetentionPercent: readonly number[];
  /** The same with each customer's MRR capped at their age-0 MRR, in percent. */
  readonly grossRetentionPercent: readonly number[];
  /** The number of cohorts observed at each age. */
  readonly cohorts: readonly number[];
}

/**
 * Revenue retention by cohort.
 *
 * @category Cohorts
 */
export interface RevenueRetentionResult {
  /** The kind of period. */
  readonly period: CohortPeriod;
  /** The latest period in the rows: every cohort is observed up to it. */
  readonly lastPeriod: string;
  /** The cohorts, oldest first. */
  readonly cohorts: readonly RevenueCohort[];
  /** The MRR-weighted average curves. */
  readonly average: AverageRevenueRetention;
}

const METRIC = "revenueRetention";
const OPTIONS = ["period"];
const FIELDS = ["customer", "period", "mrr"];
const EXAMPLE_LABEL: Readonly<Record<CohortPeriod, string>> = {
  month: "2026-01",
  week: "2026-W05",
  quarter: "2026-Q1",
  year: "2026",
};

interface CustomerRows {
  periods: number[];
  mrr: number[];
  rows: number[];
}

/** Neumaier-compensated sums in cells: `add(i, x)` then `total(i)`. */
class CompensatedSums {
  private readonly sums: Float64Array;
  private readonly errors: Float64Array;
  constructor(length: number) {
    this.sums = new Float64Array(length);
    this.errors = new Float64Array(length);
  }
  add(i: number, x: number): void {
    const sum = this.sums[i]!;
    const t = sum + x;
    this.errors[i]! += sum >= x ? sum - t + x : x - t + sum;
    this.sums[i] = t;
  }
  total(i: number): number {
    return this.sums[i]! + this.errors[i]!;
  }
}

/**
 * Builds revenue retention by cohort: customers grouped by their first period with MRR above 0,
 * and for each cohort and age the net and gross revenue retention.
 *
 * Net revenue retention at age `k` is the cohort's MRR `k` periods after its first over its MRR
 * in its first period, times 100, expansion included; gross revenue retention caps each
 * customer's MRR at their first-period MRR, so it counts only contraction and churn (the
 * cohort forms of NRR and GRR as in David Skok, "SaaS Metrics 2.0", forEntrepreneurs.com, and
 * ChartMogul's cohort reports). A customer with no row for a period had no MRR in it. Every
 * cohort is observed through the latest period in the rows. Sums of MRR are compensated.
 *
 * @param rows - `{ customer, period, mrr }` rows, one per customer and period: any iterable.
 * @param options - `{ period? }`, the kind of the labels (default `"month"`).
 * @returns The cohorts, or `undefined` when no row has MRR above 0.
 * @throws `CxMetricsError`: `wrong-type` for a row that is not a record, a customer that is
 *   neither a string nor a number, or a period that is not a string; `out-of-range` for a label
 *   that names no period of the kind (field `rows[i].period`); the amount codes for a bad `mrr`;
 *   `inconsistent` for a second row of the same customer and period (naming the later row's
 *   `period`); `out-of-range` for an unknown `options.period`; `unknown-field` for a misspelt
 *   field.
 *
 * @example
 * const nrr = revenueRetention([
 *   { customer: "a", period: "2026-01", mrr: 100 },
 *   { customer: "a", period: "2026-02", mrr: 150 },
 *   { customer: "b", period: "2026-01", mrr: 100 },
 *   { customer: "b", period: "2026-02", mrr: 0 },
 *   { customer: "c", period: "2026-02", mrr: 40 },
 * ]);
 * nrr?.cohorts.map((c) => c.label); // => ["2026-01", "2026-02"]
 * nrr?.cohorts[0]?.netRetentionPercent; // => [100, 75]
 * nrr?.cohorts[0]?.grossRetentionPercent; // => [100, 50]
 *
 * @category Cohorts
 */
export function revenueRetention(
  rows: Iterable<RevenueRow>,
  options?: RevenueRetentionOptions,
): RevenueRetentionResult | undefined {
  const kind = readChoice(
    METRIC,
    "options.period",
    readOptions(METRIC, options, OPTIONS)["period"],
    PERIOD_KINDS,
    "month",
  );
  const byCustomer = new Map<string | number, CustomerRows>();
  let lastPeriod = -Infinity;
  forEachItem(METRIC, "rows", rows, (item, index) => {
    const row = readRecord(METRIC, "", item, FIELDS);
    const customer = row["customer"];
    if (typeof customer !== "string" && typeof customer !== "number") {
      fail({
        code: "wrong-type",
        metric: METRIC,
        field: ".customer",
        expected: "a string or a number",
        received: customer,
      });
    }
    const label = row["period"];
    if (typeof label !== "string")
      fail({ code: "wrong-type", metric: METRIC, field: ".period", expected: `a ${kind} label`, received: label });
    const period = parsePeriod(kind, label);
    if (period === undefined)
      fail({
        code: "out-of-range",
        metric: METRIC,
        field: ".period",
        expected: `a ${kind} label such as ${EXAMPLE_LABEL[kind]}`,
        received: label,
      });
    const mrr = readAmount(METRIC, ".mrr", row["mrr"]);
    let entry = byCustomer.get(customer);
    if (entry === undefined) {
      entry = { periods: [], mrr: [], rows: [] };
      byCustomer.set(customer, entry);
    }
    entry.periods.push(period);
    entry.mrr.push(mrr);
    entry.rows.push(index);
    if (period > lastPeriod) lastPeriod = period;
  });

  const cohorts = new Map<number, { customers: number; net: CompensatedSums; gross: CompensatedSums }>();
  for (const entry of byCustomer.values()) {
    const order = entry.periods
      .map((_, i) => i)
      .sort((a, b) => entry.periods[a]! - entry.periods[b]! || entry.rows[a]! - entry.rows[b]!);
    order.forEach((i, k) => {
      const previous = order[k - 1];
      if (previous !== undefined && entry.periods[previous] === entry.periods[i]) {
        fail({
          code: "inconsistent",
          metric: METRIC,
          field: `rows[${entry.rows[i]}].period`,
          expected: `one row per customer and period (rows[${entry.rows[previous]}] has the same customer and period)`,
          received: periodLabel(kind, entry.periods[i]!),
        });
      }
    });
    const first = order.find((i) => entry.mrr[i]! > 0);
    if (first === undefined) continue; // never paid: in no cohort
    const start = entry.periods[first]!;
    const base = entry.mrr[first]!;
    let cohort = cohorts.get(start);
    if (cohort === undefined) {
      const ages = lastPeriod - start + 1;
      cohort = { customers: 0, net: new CompensatedSums(ages), gross: new CompensatedSums(ages) };
      cohorts.set(start, cohort);
    }
    cohort.customers++;
    for (const i of order) {
      const age = entry.periods[i]! - start;
      if (age < 0) continue; // periods before the first paying one had no MRR
      cohort.net.add(age, entry.mrr[i]!);
      cohort.gross.add(age, Math.min(entry.mrr[i]!, base));
    }
  }
  if (cohorts.size === 0) return undefined;

  const starts = [...cohorts.keys()].sort((a, b) => a - b);
  const ages = lastPeriod - starts[0]! + 1;
  const netSum = new CompensatedSums(ages);
  const grossSum = new CompensatedSums(ages);
  const baseSum = new CompensatedSums(ages);
  const observed = new Array<number>(ages).fill(0);
  const result = starts.map((start): RevenueCohort => {
    const { customers, net, gross } = cohorts.get(start)!;
    const length = lastPeriod - start + 1;
    const mrr = Array.from({ length }, (_, age) => net.total(age));
    const capped = Array.from({ length }, (_, age) => gross.total(age));
    for (let age = 0; age < length; age++) {
      netSum.add(age, mrr[age]!);
      grossSum.add(age, capped[age]!);
      baseSum.add(age, mrr[0]!);
      observed[age]!++;
    }
    return {
      label: periodLabel(kind, start),
      customers,
      mrr,
      netRetentionPercent: mrr.map((m) => percentOf(m, mrr[0]!)!),
      grossRetentionPercent: capped.map((m) => percentOf(m, mrr[0]!)!),
    };
  });
  return {
    period: kind,
    lastPeriod: periodLabel(kind, lastPeriod),
    cohorts: result,
    average: {
      netRetentionPercent: observed.map((_, age) => percentOf(netSum.total(age), baseSum.total(age))!),
      grossRetentionPercent: observed.map((_, age) => percentOf(grossSum.total(age), baseSum.total(age))!),
      cohorts: observed,
    },
  };
}
