/**
 * An inclusive scale of whole-number ratings, such as 1 to 5 for CSAT or 0 to 10 for NPS.
 *
 * @category Survey
 */
export interface RatingScale {
  /** The lowest rating, a whole number. */
  readonly min: number;
  /** The highest rating, a whole number above `min` (by at most 1,000). */
  readonly max: number;
}
