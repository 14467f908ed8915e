import { readConfidence, readMethod } from "../internal/intervalOptions.js";
import { readCounts, requireAtMost } from "../internal/rates.js";
import { readOptions } from "../internal/readers.js";

/**
 * How a proportion interval is computed.
 *
 * @category Statistics
 */
export type ProportionIntervalMethod = "wilson" | "agresti-coull" | "wald";

/**
 * The counts behind any share: CSAT, FCR, renewal, churn, response rate.
 *
 * @category Statistics
 */
export interface ProportionCounts {
  /** Successes (satisfied ratings, tickets resolved, customers renewed...); at most `trials`. */
  readonly successes: number;
  /** Trials (ratings, tickets, customers eligible...). */
  readonly trials: number;
}

/**
 * Options for {@link proportionInterval}.
 *
 * @category Statistics
 */
export interface ProportionIntervalOptions {
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** `"wilson"` (default), `"agresti-coull"` or `"wald"`. */
  readonly method?: ProportionIntervalMethod;
}

/**
 * A share with its confidence interval, in percent.
 *
 * @category Statistics
 */
export interface ProportionInterval<Bound extends number | undefined = number> {
  /** The observed share, `100 * successes / trials`. */
  readonly percent: number;
  /** The lower bound, 0 to 100; `undefined` for a Wald interval with a zero standard error. */
  readonly lower: Bound;
  /** The upper bound, 0 to 100; `undefined` for a Wald interval with a zero standard error. */
  readonly upper: Bound;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method used. */
  readonly method: ProportionIntervalMethod;
}

const METRIC = "proportionInterval";
const METHODS = ["wilson", "agresti-coull", "wald"] as const;

/**
 * Computes a confidence interval for a share, in percent: CSAT (satisfied of responses), FCR
 * (resolved of tickets), renewal, churn, response rate or any other proportion.
 *
 * - `"wilson"` (default; Wilson 1927, recommended by Newcombe 1998 and by Brown, Cai and
 *   DasGupta 2001): `(p + z^2/2n +/- z * sqrt(p(1 - p)/n + z^2/4n^2)) / (1 + z^2/n)`.
 * - `"agresti-coull"` (the adjusted Wald, Agresti and Coull 1998): add z^2/2 successes and
 *   z^2/2 failures, then the Wald interval on those.
 * - `"wald"`: `p +/- z * sqrt(p(1 - p)/n)`, poor for small samples or shares near 0 or 100.
 *
 * Bounds are clipped to 0..100.
 *
 * @param input - `{ successes, trials }`, whole numbers.
 * @param options - `confidence` (default 0.95) and `method` (default `"wilson"`).
 * @returns The interval, or `undefined` when there are no trials.
 * @throws `CxMetricsError`: count codes naming a bad count; `inconsistent` (field `successes`) for
 *   more successes than trials; `out-of-range` or `not-a-number` for a bad confidence or method.
 *
 * @example
 * const r = proportionInterval({ successes: 81, trials: 263 });
 * [r?.lower.toFixed(2), r?.upper.toFixed(2)]; // => ["25.53", "36.62"]
 * proportionInterval({ successes: 0, trials: 0 }); // => undefined
 *
 * @category Statistics
 */
export function proportionInterval(
  input: ProportionCounts,
  options?: ProportionIntervalOptions & { readonly method?: "wilson" | "agresti-coull" },
): ProportionInterval | undefined;
export function proportionInterval(
  input: ProportionCounts,
  options: ProportionIntervalOptions,
): ProportionInterval<number | undefined> | undefined;
export function proportionInterval(
  input: ProportionCounts,
  options?: ProportionIntervalOptions,
): ProportionInterval<number | undefined> | undefined {
  const o = readOptions(METRIC, options, ["confidence", "method"]);
  const { confidence, z } = readConfidence(METRIC, "options.confidence", o["confidence"]);
  const method = readMethod(METRIC, o["method"], METHODS);
  const [x, n] = readCounts(METRIC, input, ["successes", "trials"]) as [number, number];
  requireAtMost(METRIC, "successes", x, n, "trials");
  if (n === 0) return undefined;
  if (method === "wald" && (x === 0 || x === n)) {
    // A share of 0 or 100 % has a zero Wald standard error: no interval can be computed from it.
    return { percent: (100 * x) / n, lower: undefined, upper: undefined, confidence, method };
  }
  const z2 = z * z;
  let centre: number;
  let half: number;
  if (method === "wilson") {
    const p = x / n;
    centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  } else {
    const m = method === "wald" ? n : n + z2;
    const p = (method === "wald" ? x : x + z2 / 2) / m;
    centre = p;
    half = z * Math.sqrt((p * (1 - p)) / m);
  }
  return {
    percent: (100 * x) / n,
    // Exactly 0 and 100 at the ends, where rounding could leave a trace of 1e-17.
    lower: x === 0 ? 0 : Math.max(0, 100 * (centre - half)),
    upper: x === n ? 100 : Math.min(100, 100 * (centre + half)),
    confidence,
    method,
  };
}
