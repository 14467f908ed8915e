import { forEachValue } from "./collections.js";
import { isRatingOn, readRating, type Scale } from "./ratingScale.js";
import { readChoice } from "./readers.js";
import type { RawRatings } from "./surveyInput.js";

/** What a survey function does with a blank cell: reject it (the default) or skip it. */
export type MissingAnswers = "error" | "skip";

/** Reads the `missing` option named `options.missing`: `"error"` (default) or `"skip"`. */
export function readMissing(metric: string, value: unknown): MissingAnswers {
  return readChoice(metric, "options.missing", value, ["error", "skip"], "error");
}

/**
 * Whether a cell holds no answer: `null`, `undefined`, or a string of nothing but whitespace,
 * which is how CSV readers and spreadsheets hand over a skipped question.
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Counts raw ratings on `scale` as `countRatings` does, but skips blank cells and counts them.
 * Anything else that is not a rating on the scale (a `"9"` string, `NaN`, an 11) still throws,
 * named by its position in the input (`field[i]`, blanks included).
 */
export function countRatingsSkippingBlanks(
  metric: string,
  field: string,
  ratings: RawRatings,
  scale: Scale,
): { counts: Float64Array; skipped: number } {
  const counts = new Float64Array(scale.max - scale.min + 1);
  let skipped = 0;
  let index = 0;
  const count = (cell: unknown): void => {
    if (isBlank(cell)) skipped++;
    else {
      if (!isRatingOn(cell, scale)) readRating(metric, `${field}[${index}]`, cell, scale);
      counts[(cell as number) - scale.min]!++;
    }
    index++;
  };
  if (ratings.kind === "iterable") forEachValue(metric, field, ratings.items, count);
  else for (let i = 0; i < ratings.length; i++) count(ratings.items[i]);
  return { counts, skipped };
}
