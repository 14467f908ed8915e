import { forEachValue } from "./collections.js";
import { countRatingArray } from "./ratingArrays.js";
import { isRatingOn, readRating, type Scale } from "./ratingScale.js";
import type { RawRatings } from "./surveyInput.js";

/**
 * Counts raw ratings on `scale` in one pass without copying: `counts[k]` is the number of
 * ratings equal to `scale.min + k`. The first rating that is not a whole number on the scale
 * throws, named `field[i]`.
 */
export function countRatings(metric: string, field: string, ratings: RawRatings, scale: Scale): Float64Array {
  if (ratings.kind === "array") return countRatingArray(metric, field, ratings.items, ratings.length, scale);
  const counts = new Float64Array(scale.max - scale.min + 1);
  let index = 0;
  forEachValue(metric, field, ratings.items, (rating) => {
    if (!isRatingOn(rating, scale)) readRating(metric, `${field}[${index}]`, rating, scale);
    counts[(rating as number) - scale.min]!++;
    index++;
  });
  return counts;
}
