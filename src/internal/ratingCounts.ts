import { forEachValue } from "./collections.js";
import { isRatingOn, readRating, type Scale } from "./ratingScale.js";
import type { RawRatings } from "./surveyInput.js";

/**
 * Counts raw ratings on `scale` in one pass without copying: `counts[k]` is the number of
 * ratings equal to `scale.min + k`. The first rating that is not a whole number on the scale
 * throws, named `field[i]`.
 */
export function countRatings(metric: string, field: string, ratings: RawRatings, scale: Scale): Float64Array {
  const counts = new Float64Array(scale.max - scale.min + 1);
  let index = 0;
  if (ratings.kind === "iterable") {
    forEachValue(metric, field, ratings.items, (rating) => {
      if (!isRatingOn(rating, scale)) readRating(metric, `${field}[${index}]`, rating, scale);
      counts[(rating as number) - scale.min]!++;
      index++;
    });
  } else {
    const { items, length } = ratings;
    for (; index < length; index++) {
      const rating = items[index];
      if (!isRatingOn(rating, scale)) readRating(metric, `${field}[${index}]`, rating, scale);
      counts[(rating as number) - scale.min]!++;
    }
  }
  return counts;
}
