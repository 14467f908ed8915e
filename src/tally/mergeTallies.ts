import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { MAX_COUNT } from "../internal/limits.js";
import { addTally, readTally } from "../internal/tallies.js";
import type { RatingTally } from "./ratingTally.js";

const METRIC = "mergeTallies";

/**
 * Merges tallies of the same scale by adding their counts: the tally of all their ratings
 * together. Merging is associative and commutative, and a tally of all zeros changes nothing, so
 * shards, pages and workers can be merged in any order and grouping.
 *
 * @param tallies - Tallies of one scale (any array or iterable), at least one.
 * @returns The merged tally.
 * @throws `CxMetricsError`: `inconsistent` for tallies of different scales, or a merged count
 *   beyond 90,071,992,547,409; `wrong-type` for no tallies or a malformed one; the count codes for
 *   a bad count, naming `tallies[i].counts[k]`.
 *
 * @example
 * mergeTallies([tally([10, 9]), tally([0, 10])]).counts; // => [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]
 *
 * @category Tallies
 */
export function mergeTallies(tallies: Iterable<RatingTally>): RatingTally {
  let merged: { min: number; max: number; counts: number[] } | undefined;
  let total = 0;
  forEachItem(METRIC, "tallies", tallies, (item) => {
    if (merged === undefined) {
      const first = readTally(METRIC, "", item);
      merged = { min: first.scale.min, max: first.scale.max, counts: Array.from(first.counts) };
      total = first.total;
      return;
    }
    // Every tally after the first must be on the first one's scale; its counts are added in place.
    total += addTally(METRIC, "", item, merged, merged.counts);
    if (total > MAX_COUNT) {
      fail({
        code: "inconsistent",
        metric: METRIC,
        field: "",
        expected: `tallies whose counts add up to at most ${MAX_COUNT}`,
        received: total,
      });
    }
  });
  if (merged === undefined) {
    return fail({
      code: "wrong-type",
      metric: METRIC,
      field: "tallies",
      expected: "at least one tally",
      received: tallies,
    });
  }
  return merged;
}
