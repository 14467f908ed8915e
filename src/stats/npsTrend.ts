import { npsFamily } from "../internal/npsFamily.js";
import { readOptions } from "../internal/readers.js";
import { entriesOf, readPositive, TREND_OPTIONS, trend } from "../internal/segments.js";
import type { NpsInput } from "../survey/computeNps.js";
import { compareNps } from "./compareNps.js";
import { type NpsIntervalMethod, npsInterval } from "./npsInterval.js";

/**
 * Periods in time order: an array of responses per period (named by their index), or a `Map` or
 * plain object from each period's label to its responses (in insertion order).
 *
 * @category Statistics
 */
export type Periods<I> = readonly I[] | ReadonlyMap<string, I> | Readonly<Record<string, I>>;

/**
 * Options for {@link npsTrend}.
 *
 * @category Statistics
 */
export interface NpsTrendOptions {
  /** The confidence level of the intervals, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** The interval and comparison method, as in `npsInterval`: `"adjusted-wald"` (default) or `"wald"`. */
  readonly method?: NpsIntervalMethod;
  /** The number of periods in a rolling window, a whole number from 1. Default 4. */
  readonly window?: number;
  /** How many standard errors the control limits lie from the centre line, above 0 and at most 100. Default 3. */
  readonly sigmas?: number;
}

/**
 * One period of an NPS trend.
 *
 * @category Statistics
 */
export interface NpsTrendPeriod {
  /** The period's label (its index as a string for an array of periods). */
  readonly period: string;
  /** The period's number of responses. */
  readonly responses: number;
  /** The period's NPS in points; `undefined` for a period without responses. */
  readonly score: number | undefined;
  /** The lower bound of the period's NPS interval, in points. */
  readonly lower: number | undefined;
  /** The upper bound of the period's NPS interval, in points. */
  readonly upper: number | undefined;
  /**
   * The change from the previous period, in points; `undefined` for the first period or when either
   * has no responses.
   */
  readonly change: number | undefined;
  /** The two-sided p-value of "no change from the previous period" (as `compareNps` computes it), 0 to 1. */
  readonly changePValue: number | undefined;
  /**
   * The responses of the rolling window: this period and the `window - 1` before it (0 before the
   * first full window).
   */
  readonly windowResponses: number;
  /**
   * The NPS of the window's merged counts, in points; `undefined` before the first full window or
   * without responses.
   */
  readonly windowScore: number | undefined;
  /** The lower bound of the window's NPS interval, in points. */
  readonly windowLower: number | undefined;
  /** The upper bound of the window's NPS interval, in points. */
  readonly windowUpper: number | undefined;
  /**
   * The lower control limit for this period's sample size, in points (clipped to -100);
   * `undefined` for a period without responses, or when every response of every period is alike.
   */
  readonly lowerLimit: number | undefined;
  /** The upper control limit for this period's sample size, in points (clipped to 100). */
  readonly upperLimit: number | undefined;
  /** Whether the period's NPS lies strictly outside its control limits; `undefined` when it has no limits. */
  readonly outside: boolean | undefined;
}

/**
 * An NPS trend: each period, and the control chart's centre line.
 *
 * @category Statistics
 */
export interface NpsTrend {
  /** The NPS of all periods together (the centre line), in points. */
  readonly centre: number;
  /** The number of responses of all periods together. */
  readonly responses: number;
  /** The periods, in the order given. */
  readonly periods: readonly NpsTrendPeriod[];
}

const METRIC = "npsTrend";

/**
 * Follows the NPS over periods (weeks, months): each period's score with its interval, the change
 * from the previous period with its test, a rolling score over `window` periods, and control
 * limits that tell a real move from normal variation.
 *
 * - Change: `compareNps(previous, period)` (unpooled z-test on the trinomial variances).
 * - Rolling window: the counts of the window's periods are MERGED and scored, so a quiet week
 *   weighs less than a busy one (averaging weekly scores would weigh them alike).
 * - Control limits, in the manner of a p-chart with variable sample sizes (Montgomery,
 *   Introduction to Statistical Quality Control, 7th ed., 2013, section 7.2.2): the centre line
 *   is the NPS of all periods together, `c = 100 (P - D) / N`, and period i's limits are
 *   `c +/- sigmas * 100 sqrt(v / n_i)`, where `v = p + d - (p - d)^2` is the variance of one
 *   response (+1 promoter, 0 passive, -1 detractor) at the pooled promoter and detractor shares
 *   p and d (the NPS variance of Rocks 2016). Limits widen for small periods and narrow for
 *   large ones, and are clipped to -100..100. A period is flagged `outside` when its score lies
 *   strictly beyond its limits.
 *
 * @param periods - The periods in time order: an array, or a `Map` or object from labels to
 *   anything `computeNps` accepts.
 * @param options - `confidence` (0.95), `method` (`"adjusted-wald"`), `window` (4), `sigmas` (3).
 * @returns The centre line and one row per period, or `undefined` when no period has a response.
 * @throws `CxMetricsError`: the codes `computeNps` throws, naming the period (`periods[3][0]`,
 *   `periods.w01.promoters`); `wrong-type` (field `periods`) for periods that are not an array, a
 *   `Map` or an object; `out-of-range`, `not-integer` or `unknown-field` for a bad option.
 *
 * @example
 * const t = npsTrend([
 *   { promoters: 50, passives: 30, detractors: 20 },
 *   { promoters: 52, passives: 28, detractors: 20 },
 *   { promoters: 20, passives: 30, detractors: 50 },
 * ], { window: 2 });
 * t?.centre; // => 10.666666666666666
 * t?.periods.map((p) => p.outside); // => [false, false, true]
 * t?.periods[1]?.windowScore; // => 31
 * t?.periods[2]?.change; // => -62
 *
 * @category Statistics
 */
export function npsTrend(periods: Periods<NpsInput>, options?: NpsTrendOptions): NpsTrend | undefined {
  const o = readOptions(METRIC, options, TREND_OPTIONS);
  const { family } = npsFamily(METRIC, o, { interval: npsInterval, compare: compareNps });
  const window = readPositive(METRIC, o, "window", 4, true);
  const sigmas = readPositive(METRIC, o, "sigmas", 3, false);
  const result = trend(family, entriesOf(METRIC, "periods", periods, true), window, sigmas);
  return result && { centre: result.centre, responses: result.responses, periods: result.rows };
}
