import { fail } from "./fail.js";
import { type Fields, readCount } from "./readers.js";

/**
 * A survey input, classified once: raw ratings by index (`array`: arrays, typed arrays,
 * array-likes) or by iteration (`iterable`: sets, generators), a tally (`{ min, max, counts }`),
 * or counts by category (`{ promoters, passives, detractors }`, `{ satisfied, responses }`).
 */
export type SurveyInput =
  | { readonly kind: "array"; readonly items: ArrayLike<unknown>; readonly length: number }
  | { readonly kind: "iterable"; readonly items: Iterable<unknown> }
  | { readonly kind: "tally"; readonly fields: Fields }
  | { readonly kind: "counts"; readonly fields: Fields };

/** Raw ratings: the two kinds of {@link SurveyInput} that hold one rating per response. */
export type RawRatings = Extract<SurveyInput, { kind: "array" | "iterable" }>;

/** Which forms besides raw ratings a function accepts. */
export interface SurveyForms {
  readonly tally?: boolean;
  readonly counts?: boolean;
}

/** Raw ratings or a tally: the survey inputs without counts by category. */
export type RatingsOrTally = Exclude<SurveyInput, { kind: "counts" }>;

/**
 * Classifies a survey input. An object with a numeric `length` is an array (its length checked
 * as a count), any other iterable object an iterable; then, where accepted, an object with
 * `counts` is a tally and any other object counts by category. Anything else throws `wrong-type`
 * naming `field`.
 */
export function readSurveyInput(
  metric: string,
  field: string,
  input: unknown,
  forms: { tally: true; counts: true },
): SurveyInput;
export function readSurveyInput(metric: string, field: string, input: unknown, forms: { tally: true }): RatingsOrTally;
export function readSurveyInput(metric: string, field: string, input: unknown, forms: SurveyForms): RawRatings;
export function readSurveyInput(metric: string, field: string, input: unknown, forms: SurveyForms): SurveyInput {
  if (typeof input === "object" && input !== null) {
    const length = (input as { length?: unknown }).length;
    if (typeof length === "number") {
      return {
        kind: "array",
        items: input as ArrayLike<unknown>,
        length: readCount(metric, `${field}.length`, length),
      };
    }
    if (Symbol.iterator in input) return { kind: "iterable", items: input as Iterable<unknown> };
    // A tally: counts on a scale; `{ min, max }` without counts is a tally missing its counts.
    if (forms.tally && ("counts" in input || ("min" in input && "max" in input))) {
      return { kind: "tally", fields: input as Fields };
    }
    if (forms.counts) return { kind: "counts", fields: input as Fields };
  }
  return fail({ code: "wrong-type", metric, field, expected: "an array or iterable", received: input });
}
