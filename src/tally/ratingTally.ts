/**
 * Counts of whole-number ratings on a scale: `counts[k]` is the number of ratings equal to
 * `min + k`, so `counts` has `max - min + 1` entries. Tallies of the same scale merge by adding
 * their counts, so they can be built where the data lives (a SQL `GROUP BY`, shards, workers)
 * and finished here.
 *
 * @category Tallies
 */
export interface RatingTally {
  /** The lowest rating of the scale. */
  readonly min: number;
  /** The highest rating of the scale. */
  readonly max: number;
  /** How many ratings took each value from `min` to `max`. */
  readonly counts: readonly number[];
}
