import { csatReader } from "../internal/csatShares.js";
import { proportionFamily } from "../internal/proportionFamily.js";
import { readOptions } from "../internal/readers.js";
import { entriesOf, readPositive, TREND_OPTIONS, trend } from "../internal/segments.js";
import type { CsatCounts } from "../survey/csat.js";
import type { RatingScale } from "../survey/ratingScale.js";
import type { RatingTally } from "../tally/ratingTally.js";
import type { Periods } from "./npsTrend.js";
import { proportionInterval } from "./proportionInterval.js";
import type { ProportionTrend, ProportionTrendOptions } from "./proportionTrend.js";

/**
 * Options for {@link csatTrend}: those of `proportionTrend` and those of `csat`.
 *
 * @category Statistics
 */
export interface CsatTrendOptions extends ProportionTrendOptions {
  /** The rating scale of raw ratings, whole numbers from `min` to `max`. Default `{ min: 1, max: 5 }`. */
  readonly scale?: RatingScale;
  /** The lowest rating that counts as satisfied. Default: the top two points (`scale.max - 1`). */
  readonly satisfiedAtLeast?: number;
}

const METRIC = "csatTrend";

/**
 * Follows the CSAT over periods: each period's CSAT with its interval, the change from the
 * previous period with its test, a rolling CSAT over `window` periods from merged counts, and
 * p-chart control limits, exactly as `proportionTrend` does with satisfied ratings as successes
 * (a rating is satisfied at or above `satisfiedAtLeast`, by default the top two points, as in
 * `csat`). Control limits: centre `p = 100 sum(satisfied) / sum(responses)`, limits
 * `p +/- sigmas * 100 sqrt(p (1 - p) / n_i)` (Montgomery, Introduction to Statistical Quality
 * Control, 7th ed., 2013, section 7.2.2).
 *
 * @param periods - The periods in time order: an array, or a `Map` or object from labels to what
 *   `csat` accepts (raw ratings, a tally, or `{ satisfied, responses }`).
 * @param options - Those of `proportionTrend`, with `scale` (1 to 5) and `satisfiedAtLeast`.
 * @returns The centre line and one row per period (`score` is the CSAT in percent), or
 *   `undefined` when no period has a rating.
 * @throws `CxMetricsError`: the codes `csat` throws, naming the period (`periods[2][5]`,
 *   `periods.march.satisfied`); `wrong-type` for periods that are not an array, a `Map` or an
 *   object; `out-of-range`, `inconsistent`, `not-integer` or `unknown-field` for a bad option.
 *
 * @example
 * const t = csatTrend({ jan: [5, 4, 4, 2], feb: [5, 5, 3, 1], mar: { satisfied: 9, responses: 12 } }, { window: 2 });
 * t?.periods.map((p) => p.score); // => [75, 50, 75]
 * t?.periods[1]?.windowScore; // => 62.5
 * t?.centre; // => 70
 *
 * @category Statistics
 */
export function csatTrend(
  periods: Periods<ArrayLike<number> | Iterable<number> | RatingTally | CsatCounts>,
  options?: CsatTrendOptions,
): ProportionTrend | undefined {
  const o = readOptions(METRIC, options, [...TREND_OPTIONS, "scale", "satisfiedAtLeast"]);
  const { family } = proportionFamily(METRIC, o, csatReader(METRIC, o), proportionInterval);
  const window = readPositive(METRIC, o, "window", 4, true);
  const sigmas = readPositive(METRIC, o, "sigmas", 3, false);
  const result = trend(family, entriesOf(METRIC, "periods", periods, true), window, sigmas);
  return result && { centre: result.centre, responses: result.responses, periods: result.rows };
}
