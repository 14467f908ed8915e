import { ADJUST_METHODS, adjustSorted } from "../internal/adjust.js";
import { forEachItem } from "../internal/collections.js";
import { readChoice, readOptions, readProbability } from "../internal/readers.js";

/**
 * How {@link adjustPValues} corrects for multiple comparisons.
 *
 * @category Statistics
 */
export type PValueAdjustment = "holm" | "hochberg" | "bonferroni" | "benjamini-hochberg";

/**
 * Options for {@link adjustPValues}.
 *
 * @category Statistics
 */
export interface AdjustPValuesOptions {
  /**
   * `"holm"` (default; controls the family-wise error rate under any dependence),
   * `"hochberg"` (more powerful, for independent or positively dependent tests),
   * `"bonferroni"`, or `"benjamini-hochberg"` (controls the false discovery rate instead).
   */
  readonly method?: PValueAdjustment;
}

const METRIC = "adjustPValues";

/**
 * Adjusts p-values for multiple comparisons, as R's `p.adjust` does: with twenty segments each
 * tested at 5 %, about one "significant" difference is expected by chance alone; the adjusted
 * p-values can be read against 5 % as if only one test had been made.
 *
 * With the n p-values ranked from smallest (rank 1) to largest, each result capped at 1:
 * - `"bonferroni"`: `n p`.
 * - `"holm"` (Holm, "A Simple Sequentially Rejective Multiple Test Procedure", Scandinavian
 *   Journal of Statistics 6, 1979): the running maximum, smallest first, of `(n - rank + 1) p`.
 * - `"hochberg"` (Hochberg, Biometrika 75, 1988): the running minimum, largest first, of
 *   `(n - rank + 1) p`.
 * - `"benjamini-hochberg"` (Benjamini and Hochberg, Journal of the Royal Statistical Society B 57,
 *   1995): the running minimum, largest first, of `n p / rank`.
 *
 * Adjusted p-values are never below the raw ones and keep their order; tied p-values get equal
 * adjusted values. The results agree with R's `p.adjust` to the last bit on the tests' cases.
 *
 * @param pValues - The raw p-values, each a probability from 0 to 1, in any order (any array,
 *   typed array or iterable).
 * @param options - `method` (default `"holm"`).
 * @returns The adjusted p-values in the order of the input, or `undefined` for no p-values.
 * @throws `CxMetricsError`: `wrong-type`, `not-a-number`, `not-finite` or `out-of-range` with
 *   field `pValues[i]` for a value that is not a probability; `wrong-type` (field `pValues`) for
 *   an input that is not a collection; `out-of-range` (field `options.method`) for an unknown method.
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03]); // => [0.03, 0.06, 0.06]
 * adjustPValues([0.01, 0.04, 0.03], { method: "bonferroni" }); // => [0.03, 0.12, 0.09]
 * adjustPValues([0.01, 0.04, 0.03], { method: "benjamini-hochberg" }); // => [0.03, 0.04, 0.04]
 * adjustPValues([]); // => undefined
 *
 * @category Statistics
 */
export function adjustPValues(
  pValues: ArrayLike<number> | Iterable<number>,
  options?: AdjustPValuesOptions,
): number[] | undefined {
  const o = readOptions(METRIC, options, ["method"]);
  const method = readChoice(METRIC, "options.method", o["method"], ADJUST_METHODS, "holm");
  const p: number[] = [];
  forEachItem(METRIC, "pValues", arrayLikeAsIterable(pValues), (value) => p.push(readProbability(METRIC, "", value)));
  return p.length === 0 ? undefined : adjustSorted(p, method);
}

/** Array-likes without an iterator (`{ length: 2, 0: 0.1, 1: 0.2 }`) read by index. */
function arrayLikeAsIterable(input: unknown): unknown {
  const length =
    typeof input === "object" && input !== null && !(Symbol.iterator in input)
      ? (input as { length?: unknown }).length
      : undefined;
  return typeof length === "number" ? Array.from(input as ArrayLike<unknown>) : input;
}
