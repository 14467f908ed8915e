import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { isBlank } from "../internal/missingAnswers.js";
import { readNumber } from "../internal/readers.js";
import type { SurveyCell } from "./computeNps.js";

const METRIC = "ratingsFromText";

/** Whole numbers written in digits, with an optional sign and surrounding blanks. */
const WHOLE_NUMBER = /^\s*[-+]?\d+\s*$/;

/**
 * Reads the text cells of a survey export (what a CSV reader such as d3-dsv's `csvParse` or Papa
 * Parse returns) as ratings: `"9"`, `"+9"` and `" 10 "` become `9`, `9` and `10` (`"-0"` is `0`),
 * a blank cell (`""`, `"  "`, `null`, `undefined`) becomes `null`, and numbers pass through. The
 * result goes to `computeNps`, `csat` or `ces`, with `missing: "skip"` when it may hold blanks;
 * positions are kept, so an error there names the same index as the export.
 *
 * Stricter than `Number(cell)`, on purpose: `Number("")` is `0` (a blank would become a
 * detractor), and `Number("1e1")` is `10`. Only whole numbers written in digits are read; whether
 * they lie on the scale is for the survey function to check.
 *
 * @param cells - The cells of one column, any array or iterable.
 * @returns A new array of numbers and `null`s, one per cell.
 * @throws `CxMetricsError` with code `wrong-type` naming `cells[i]` for a cell that is neither a
 *   number, a blank nor a whole number in digits (`"9.5"`, `"9a"`, `"1e1"`, `"nine"`, a boolean);
 *   `out-of-range` for digits beyond `Number.MAX_SAFE_INTEGER`; the number codes for a number
 *   cell that is `NaN` or infinite.
 *
 * @example
 * ratingsFromText(["10", " 9 ", "", null, 7]); // => [10, 9, null, null, 7]
 *
 * @category Survey
 */
export function ratingsFromText(cells: Iterable<SurveyCell>): (number | null)[] {
  const ratings: (number | null)[] = [];
  forEachItem(METRIC, "cells", cells, (cell) => {
    if (isBlank(cell)) ratings.push(null);
    else if (typeof cell === "string") ratings.push(wholeNumberOf(cell));
    else ratings.push(readNumber(METRIC, "", cell, {}));
  });
  return ratings;
}

/** The whole number a cell's text writes in digits. */
function wholeNumberOf(text: string): number {
  if (!WHOLE_NUMBER.test(text)) {
    fail({
      code: "wrong-type",
      metric: METRIC,
      field: "",
      expected: "a whole number written in digits, or a blank",
      received: text,
    });
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    fail({
      code: "out-of-range",
      metric: METRIC,
      field: "",
      expected: `digits for at most ${Number.MAX_SAFE_INTEGER}`,
      received: text,
    });
  }
  return value + 0; // "-0" is 0, never -0
}
