import { proportionFamily, readShares } from "../internal/proportionFamily.js";
import { readOptions } from "../internal/readers.js";
import { entriesOf, readPositive, TREND_OPTIONS, trend } from "../internal/segments.js";
import type { Periods } from "./npsTrend.js";
import { type ProportionCounts, type ProportionIntervalMethod, proportionInterval } from "./proportionInterval.js";

/**
 * Options for {@link proportionTrend} and `csatTrend`.
 *
 * @category Statistics
 */
export interface ProportionTrendOptions {
  /** The confidence level of the intervals, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** The interval method, as in `proportionInterval`: `"wilson"` (default), `"agresti-coull"` or `"wald"`. */
  readonly method?: ProportionIntervalMethod;
  /** The number of periods in a rolling window, a whole number from 1. Default 4. */
  readonly window?: number;
  /** How many standard errors the control limits lie from the centre line, above 0 and at most 100. Default 3. */
  readonly sigmas?: number;
}

/**
 * One period of a share's trend; shares, bounds and limits in percent.
 *
 * @category Statistics
 */
export interface ProportionTrendPeriod {
  /** The period's label (its index as a string for an array of periods). */
  readonly period: string;
  /** The period's number of responses (trials). */
  readonly responses: number;
  /** The period's share in percent; `undefined` for a period without responses. */
  readonly score: number | undefined;
  /** The lower bound of the period's interval, in percent. */
  readonly lower: number | undefined;
  /** The upper bound of the period's interval, in percent. */
  readonly upper: number | undefined;
  /**
   * The change from the previous period, in percentage points; `undefined` for the first period or
   * when either has no responses.
   */
  readonly change: number | undefined;
  /** The two-sided p-value of the pooled two-proportion z-test against the previous period, 0 to 1. */
  readonly changePValue: number | undefined;
  /**
   * The responses of the rolling window: this period and the `window - 1` before it (0 before the
   * first full window).
   */
  readonly windowResponses: number;
  /**
   * The share of the window's merged counts, in percent; `undefined` before the first full window
   * or without responses.
   */
  readonly windowScore: number | undefined;
  /** The lower bound of the window's interval, in percent. */
  readonly windowLower: number | undefined;
  /** The upper bound of the window's interval, in percent. */
  readonly windowUpper: number | undefined;
  /**
   * The lower control limit for this period's sample size, in percent (clipped to 0); `undefined`
   * for a period without responses, or when every response of every period is alike.
   */
  readonly lowerLimit: number | undefined;
  /** The upper control limit for this period's sample size, in percent (clipped to 100). */
  readonly upperLimit: number | undefined;
  /** Whether the period's share lies strictly outside its control limits; `undefined` when it has no limits. */
  readonly outside: boolean | undefined;
}

/**
 * A share's trend: each period, and the p-chart's centre line.
 *
 * @category Statistics
 */
export interface ProportionTrend {
  /** The share of all periods together (the centre line), in percent. */
  readonly centre: number;
  /** The number of responses (trials) of all periods together. */
  readonly responses: number;
  /** The periods, in the order given. */
  readonly periods: readonly ProportionTrendPeriod[];
}

const METRIC = "proportionTrend";

/**
 * Follows a share (FCR, renewal, response rate, any proportion) over periods: each period's share
 * with its interval, the change from the previous period with its test, a rolling share over
 * `window` periods from merged counts, and p-chart control limits.
 *
 * - Interval: `proportionInterval`'s (Wilson by default).
 * - Change: the pooled two-proportion z-test (Agresti, Categorical Data Analysis, 2013, 3.1).
 * - Rolling window: successes and trials of the window's periods are added, then divided.
 * - Control limits: the p-chart with variable sample sizes (Montgomery, Introduction to
 *   Statistical Quality Control, 7th ed., 2013, section 7.2.2): centre `p = 100 sum(x) / sum(n)`
 *   and limits `p +/- sigmas * 100 sqrt(p (1 - p) / n_i)` for each period's own n_i, clipped to
 *   0..100; a period is `outside` when its share lies strictly beyond them.
 *
 * @param periods - The periods in time order: an array, or a `Map` or object from labels to
 *   `{ successes, trials }`.
 * @param options - `confidence` (0.95), `method` (`"wilson"`), `window` (4), `sigmas` (3).
 * @returns The centre line and one row per period, or `undefined` when no period has a trial.
 * @throws `CxMetricsError`: count codes naming the period's field (`periods[2].trials`);
 *   `inconsistent` for more successes than trials; `wrong-type` for periods that are not an
 *   array, a `Map` or an object; `out-of-range`, `not-integer` or `unknown-field` for a bad option.
 *
 * @example
 * const t = proportionTrend([
 *   { successes: 80, trials: 100 },
 *   { successes: 78, trials: 100 },
 *   { successes: 40, trials: 50 },
 *   { successes: 52, trials: 100 },
 * ]);
 * t?.centre; // => 71.42857142857143
 * t?.periods.map((p) => p.outside); // => [false, false, false, true]
 * t?.periods[3]?.windowScore; // => 71.42857142857143
 *
 * @category Statistics
 */
export function proportionTrend(
  periods: Periods<ProportionCounts>,
  options?: ProportionTrendOptions,
): ProportionTrend | undefined {
  const o = readOptions(METRIC, options, TREND_OPTIONS);
  const read = (value: unknown, field: string) => readShares(METRIC, field, value, ["successes", "trials"]);
  const { family } = proportionFamily(METRIC, o, read, proportionInterval);
  const window = readPositive(METRIC, o, "window", 4, true);
  const sigmas = readPositive(METRIC, o, "sigmas", 3, false);
  const result = trend(family, entriesOf(METRIC, "periods", periods, true), window, sigmas);
  return result && { centre: result.centre, responses: result.responses, periods: result.rows };
}
