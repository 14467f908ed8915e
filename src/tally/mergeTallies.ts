import { fail, MAX_COUNT } from "../internal/check.js";
import { itemsOf } from "../internal/ratings.js";
import { readTally } from "../internal/tally.js";
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
  let i = 0;
  let total = 0;
  for (const item of itemsOf(METRIC, "tallies", tallies)) {
    const field = `tallies[${i++}]`;
    const t = readTally(METRIC, field, item, merged);
    merged ??= { ...t.scale, counts: t.counts.map(() => 0) };
    t.counts.forEach((c, k) => {
      merged!.counts[k]! += c;
      total += c;
    });
    if (total > MAX_COUNT) fail("inconsistent", METRIC, field, `tallies whose counts add up to at most ${MAX_COUNT}`, total);
  }
  if (merged === undefined) return fail("wrong-type", METRIC, "tallies", "at least one tally", tallies);
  return merged;
}
