import { forEachValue } from "./collections.js";
import { countRatingsSkippingBlanks, type MissingAnswers } from "./missingAnswers.js";
import { sumRatingArray } from "./ratingArrays.js";
import { isRatingOn, NPS_SCALE, readRating } from "./ratingScale.js";
import { readCount, readRecord } from "./readers.js";
import { readSurveyInput } from "./surveyInput.js";
import { readTally } from "./tallies.js";

/** Promoters score at least 9, detractors at most 6. */
const NPS_CATEGORIES = { atLeast: 9, atMost: 6, withSum: false } as const;

/** The counts behind an NPS, with their total. */
export interface NpsCounted {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly responses: number;
  /** Blank cells skipped (with the `missing: "skip"` option; 0 otherwise). */
  readonly skipped?: number;
}

/**
 * The Net Promoter Score of counts with at least one response, in points:
 * `100 * (promoters - detractors) / responses`, the whole-number difference divided once, so it
 * is the correctly rounded value of the exact fraction.
 */
export function npsScore(counts: NpsCounted): number {
  return (100 * (counts.promoters - counts.detractors)) / counts.responses;
}

/**
 * Reads any NPS input (raw 0-10 scores, `{ promoters, passives, detractors }` or a 0-10 tally)
 * into validated counts. `name` names the input in errors and `prefix` its fields: by default
 * `scores[i]`, `promoters` and `tally.counts[k]`; with `"a"` and `"a."`, `a[i]`, `a.promoters`
 * and `a.tally.counts[k]`. A total beyond `MAX_COUNT` is `out-of-range` naming `responses`.
 */
export function readNpsCounts(
  metric: string,
  input: unknown,
  name = "scores",
  prefix = "",
  missing: MissingAnswers = "error",
): NpsCounted {
  const survey = readSurveyInput(metric, name, input, { tally: true, counts: true });
  if (missing === "skip" && (survey.kind === "array" || survey.kind === "iterable")) {
    const { counts, skipped } = countRatingsSkippingBlanks(metric, name, survey, NPS_SCALE);
    return { ...npsCountsOfTally(metric, prefix, counts), skipped };
  }
  switch (survey.kind) {
    case "array": {
      const { atLeast: promoters, atMost: detractors } = sumRatingArray(
        metric,
        name,
        survey.items,
        survey.length,
        NPS_SCALE,
        NPS_CATEGORIES,
      );
      return withResponses(metric, prefix, promoters, survey.length - promoters - detractors, detractors);
    }
    case "iterable":
      return countIterableScores(metric, name, survey.items);
    case "tally": {
      const { counts } = readTally(metric, `${prefix}tally`, survey.fields, NPS_SCALE, `${prefix}responses`);
      return npsCountsOfTally(metric, prefix, counts);
    }
    case "counts": {
      const container = prefix === "" ? "input" : prefix.slice(0, -1);
      const fields = readRecord(metric, container, survey.fields, ["promoters", "passives", "detractors"]);
      return withResponses(
        metric,
        prefix,
        readCount(metric, `${prefix}promoters`, fields["promoters"]),
        readCount(metric, `${prefix}passives`, fields["passives"]),
        readCount(metric, `${prefix}detractors`, fields["detractors"]),
      );
    }
  }
}

/** The NPS counts of the counts of each score from 0 to 10. */
function npsCountsOfTally(metric: string, prefix: string, counts: ArrayLike<number>): NpsCounted {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let score = 0; score <= 10; score++) {
    const count = counts[score]!;
    if (score >= 9) promoters += count;
    else if (score >= 7) passives += count;
    else detractors += count;
  }
  return withResponses(metric, prefix, promoters, passives, detractors);
}

/** The counts with their total, which must itself be a count (named `responses`). */
function withResponses(
  metric: string,
  prefix: string,
  promoters: number,
  passives: number,
  detractors: number,
): NpsCounted {
  const responses = readCount(metric, `${prefix}responses`, promoters + passives + detractors);
  return { promoters, passives, detractors, responses };
}

/** Counts NPS categories of scores read by iteration (a `Set`, a generator). */
function countIterableScores(metric: string, field: string, scores: Iterable<unknown>): NpsCounted {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let responses = 0;
  forEachValue(metric, field, scores, (score) => {
    if (!isRatingOn(score, NPS_SCALE)) readRating(metric, `${field}[${responses}]`, score, NPS_SCALE);
    if ((score as number) >= 9) promoters++;
    else if ((score as number) >= 7) passives++;
    else detractors++;
    responses++;
  });
  return { promoters, passives, detractors, responses };
}
