import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { readAmount, readBoolean, readFinite, readNumber, readRecord } from "../internal/readers.js";
import { finiteResult } from "../internal/results.js";

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
  let weightedSum = 0;
  let totalWeight = 0;
  let lowest = 100;
  let highest = 0;
  let count = 0;
  forEachItem(METRIC, "components", components, (item) => {
    const { weight, score } = readComponent(item);
    weightedSum += weight * score;
    totalWeight += weight;
    if (weight > 0) {
      lowest = Math.min(lowest, score);
      highest = Math.max(highest, score);
    }
    count++;
  });
  if (count === 0) return undefined;
  if (totalWeight === 0) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "components",
      expected: "components whose weights add up to more than 0",
      received: totalWeight,
    });
  }
  // The weighted mean lies between the lowest and highest weighted score; clamping removes the
  // last-bit overshoot of floating-point rounding, so one component gives back its own score.
  return Math.min(highest, Math.max(lowest, finiteResult(METRIC, "components", weightedSum, components) / totalWeight));
}

/** Reads one component (its fields named relative to it) into its weight and its 0-100 score. */
function readComponent(item: unknown): { weight: number; score: number } {
  const c = readRecord(METRIC, "", item, ["value", "weight", "min", "max", "higherIsBetter"]);
  const weight = readAmount(METRIC, ".weight", c["weight"]);
  // A component without bounds is on 0 to 100 already, and is never clamped.
  const scaled = c["min"] !== undefined || c["max"] !== undefined;
  if (!scaled) {
    const value = readNumber(METRIC, ".value", c["value"], { min: 0, max: 100, noun: "a value" });
    const higherIsBetter = readBoolean(METRIC, ".higherIsBetter", c["higherIsBetter"], true);
    return { weight, score: higherIsBetter ? value : 100 - value };
  }
  const min = readFinite(METRIC, ".min", c["min"]);
  const max = readFinite(METRIC, ".max", c["max"]);
  if (!(max > min))
    fail({ code: "inconsistent", metric: METRIC, field: ".max", expected: `above its min (${min})`, received: max });
  // A scaled component's value may lie beyond its bounds: it is clamped to them.
  const value = readFinite(METRIC, ".value", c["value"]);
  const higherIsBetter = readBoolean(METRIC, ".higherIsBetter", c["higherIsBetter"], true);
  return { weight, score: scoreOnScale(value, min, max, higherIsBetter) };
}

/**
 * The 0-100 score of a raw value on the scale from `min` to `max`: the value clamped to the scale,
 * then its distance from the unhealthy end as a percentage of the scale's width.
 */
function scoreOnScale(value: number, min: number, max: number, higherIsBetter: boolean): number {
  const clamped = Math.min(max, Math.max(min, value));
  return (100 * (higherIsBetter ? clamped - min : max - clamped)) / (max - min);
}
