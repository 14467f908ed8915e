import { amount, fail, finiteResult, flag, num, record } from "../internal/check.js";
import { itemsOf } from "../internal/ratings.js";

/**
 * A health-score component whose value is already on 0 to 100.
 *
 * @category Health
 */
export interface HealthComponent {
  /** The component's value, 0 to 100. */
  readonly value: number;
  /** Its weight, 0 or more; weights need not add up to anything. */
  readonly weight: number;
}

/**
 * A health-score component on its own scale, normalised to 0 to 100.
 *
 * @category Health
 */
export interface ScaledHealthComponent {
  /** The component's raw value (logins a week, seats used, days since last contact...). */
  readonly value: number;
  /** Its weight, 0 or more. */
  readonly weight: number;
  /** The raw value that scores 0 (or 100 when `higherIsBetter` is false). */
  readonly min: number;
  /** The raw value that scores 100 (or 0 when `higherIsBetter` is false); above `min`. */
  readonly max: number;
  /** Whether a higher raw value is healthier. Default `true`. */
  readonly higherIsBetter?: boolean;
}

const METRIC = "healthScore";

/**
 * Computes a customer health score: the weighted mean of components normalised to 0 to 100.
 *
 * Seed document 004 describes the health score as the grade a customer reaches on an index built
 * from the metrics that matter for the service, such as usage frequency, change in outcomes and
 * breadth of use (S4-HEALTH); Gainsight and ChurnZero build it the same way, as a weighted index.
 * `score = sum(weight * normalised) / sum(weight)`, where a component given with `min` and `max`
 * is normalised as `100 * (value - min) / (max - min)`, or `100 * (max - value) / (max - min)`
 * when lower is better, with the value clamped to its bounds (a customer above the best level
 * scores 100, as in Gainsight's and ChurnZero's scorecards). Put the score in a band with
 * `healthBand`.
 *
 * @param components - Components (any array or iterable), each `{ value, weight }` on 0 to 100 or
 *   `{ value, weight, min, max, higherIsBetter? }` on its own scale.
 * @returns The score, from 0 to 100, or `undefined` when there are no components.
 * @throws `CxMetricsError`: for component `i`, `out-of-range` for a value off 0 to 100 on a
 *   component without bounds (a value beyond a scaled component's bounds is clamped; NaN,
 *   infinities and non-numbers are rejected everywhere), `inconsistent` for `max` not above
 *   `min`, `negative` for a weight below 0; `inconsistent` (field `components`) when every
 *   weight is 0.
 *
 * @example
 * healthScore([
 *   { value: 80, weight: 2 },
 *   { value: 50, weight: 1 },
 * ]); // => 70
 * healthScore([{ value: 3, weight: 1, min: 0, max: 4 }]); // => 75
 * healthScore([{ value: 10, weight: 1, min: 0, max: 30, higherIsBetter: false }]); // => 66.66666666666667
 * healthScore([]); // => undefined
 *
 * @category Health
 */
export function healthScore(components: Iterable<HealthComponent | ScaledHealthComponent>): number | undefined {
  let weighted = 0;
  let weights = 0;
  let lowest = 100;
  let highest = 0;
  let i = 0;
  for (const item of itemsOf(METRIC, "components", components)) {
    const f = `components[${i++}]`;
    const c = record(METRIC, f, item);
    const weight = amount(METRIC, `${f}.weight`, c["weight"]);
    // A component without bounds is on 0 to 100 already, and is never clamped.
    const scaled = c["min"] !== undefined || c["max"] !== undefined;
    const bound = (key: string, fallback: number): number =>
      scaled ? num(METRIC, `${f}.${key}`, c[key], -Infinity, Infinity, false, "a finite number") : fallback;
    const min = bound("min", 0);
    const max = bound("max", 100);
    if (!(max > min)) fail("inconsistent", METRIC, `${f}.max`, `above ${f}.min (${min})`, max);
    // A scaled component's value may lie beyond its bounds (it is clamped); an unscaled one's not.
    const raw = scaled
      ? num(METRIC, `${f}.value`, c["value"], -Infinity, Infinity, false, "a finite number")
      : num(METRIC, `${f}.value`, c["value"], 0, 100, false, "a value from 0 to 100");
    const v = Math.min(max, Math.max(min, raw));
    const higherIsBetter = flag(METRIC, `${f}.higherIsBetter`, c["higherIsBetter"], true);
    const score = !scaled ? (higherIsBetter ? v : 100 - v) : (100 * (higherIsBetter ? v - min : max - v)) / (max - min);
    weighted += weight * score;
    weights += weight;
    if (weight > 0) {
      lowest = Math.min(lowest, score);
      highest = Math.max(highest, score);
    }
  }
  if (i === 0) return undefined;
  if (weights === 0) fail("inconsistent", METRIC, "components", "at least one positive weight", 0);
  // The weighted mean lies between the lowest and highest weighted score; clamping removes the
  // last-bit overshoot of floating-point rounding, so one component gives back its own score.
  return Math.min(highest, Math.max(lowest, finiteResult(METRIC, "components", weighted) / weights));
}
