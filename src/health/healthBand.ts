import { fail } from "../internal/fail.js";
import { readNumber, readOptions } from "../internal/readers.js";

/**
 * The band a health score falls in.
 *
 * @category Health
 */
export type HealthBand = "at-risk" | "neutral" | "healthy";

/**
 * The cut points of {@link healthBand}, on 0 to 100.
 *
 * @category Health
 */
export interface HealthBandOptions {
  /** Scores below this are at risk. Default 40. */
  readonly atRiskBelow?: number;
  /** Scores at or above this are healthy. Default 70; at least `atRiskBelow`. */
  readonly healthyFrom?: number;
}

const METRIC = "healthBand";
const SCORE = { min: 0, max: 100, noun: "a score" } as const;

/**
 * Puts a health score in a band: at risk, neutral or healthy, as customer-success tools colour
 * accounts red, yellow and green.
 *
 * A score below `atRiskBelow` (default 40) is `"at-risk"`, one at or above `healthyFrom`
 * (default 70) is `"healthy"`, and anything between is `"neutral"`.
 *
 * @param score - A health score from 0 to 100 (see `healthScore`).
 * @param options - `atRiskBelow` and `healthyFrom`, each 0 to 100.
 * @returns The band.
 * @throws `CxMetricsError`: `out-of-range` for a score or a cut off 0 to 100; `inconsistent` when
 *   `healthyFrom` is below `atRiskBelow`.
 *
 * @example
 * healthBand(35); // => "at-risk"
 * healthBand(40); // => "neutral"
 * healthBand(70); // => "healthy"
 * healthBand(65, { atRiskBelow: 50, healthyFrom: 80 }); // => "neutral"
 *
 * @category Health
 */
export function healthBand(score: number, options?: HealthBandOptions): HealthBand {
  const o = readOptions(METRIC, options, ["atRiskBelow", "healthyFrom"]);
  const atRiskBelow =
    o["atRiskBelow"] === undefined ? 40 : readNumber(METRIC, "options.atRiskBelow", o["atRiskBelow"], SCORE);
  const healthyFrom =
    o["healthyFrom"] === undefined ? 70 : readNumber(METRIC, "options.healthyFrom", o["healthyFrom"], SCORE);
  if (healthyFrom < atRiskBelow) {
    fail({
      code: "inconsistent",
      metric: METRIC,
      field: "options.healthyFrom",
      expected: `at least options.atRiskBelow (${atRiskBelow})`,
      received: healthyFrom,
    });
  }
  const value = readNumber(METRIC, "score", score, SCORE);
  if (value < atRiskBelow) return "at-risk";
  if (value >= healthyFrom) return "healthy";
  return "neutral";
}
