import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { readChoice, readDate, readFinite, readOptions, readRecord, timeOf } from "../internal/readers.js";

/**
 * A survey response that can be deduplicated: who answered and when. Other fields (the score,
 * the segment...) are kept as they are.
 *
 * @category Survey
 */
export interface IdentifiedResponse {
  /** Who answered: a string or a finite number (`1` and `"1"` are different respondents). */
  readonly respondentId: string | number;
  /** When: a valid `Date`, milliseconds since 1970-01-01 UTC, or a `YYYY-MM-DD` day (its start, UTC). */
  readonly answeredAt: Date | number | string;
}

/**
 * Options for {@link latestResponses}.
 *
 * @category Survey
 */
export interface LatestResponsesOptions {
  /**
   * The period within which a respondent counts once: `"all"` (default, one answer per respondent
   * overall), `"day"`, `"week"` (ISO weeks, Monday to Sunday) or `"month"`, in UTC.
   */
  readonly per?: "all" | "day" | "week" | "month";
}

const METRIC = "latestResponses";
const MS_PER_DAY = 86_400_000;
const PERIODS = ["all", "day", "week", "month"] as const;

/**
 * Keeps the latest answer of each respondent in each period, so that a customer who answers three
 * times counts once: an NPS or CSAT is a share of customers, not of submissions.
 *
 * Responses are grouped by `respondentId` and by the UTC period of `answeredAt` (`per`); of each
 * group the one with the latest `answeredAt` is kept (of equal times, the later in the input).
 * The kept responses are returned as they are (the same objects), in input order.
 *
 * @param responses - Records with `respondentId` and `answeredAt` (other fields are kept).
 * @param options - `per` (`"all"`).
 * @returns The kept responses, or `undefined` when there are none.
 * @throws `CxMetricsError`: `wrong-type` for a response that is not an object, a `respondentId`
 *   that is neither a string nor a number (field `responses[i].respondentId`) or an `answeredAt`
 *   that is not a `Date`, number or `YYYY-MM-DD` string (field `responses[i].answeredAt`);
 *   `not-finite`, `not-a-number` or `out-of-range` for a bad number, day or `Date`;
 *   `out-of-range` or `unknown-field` for a bad option.
 *
 * @example
 * const kept = latestResponses([
 *   { respondentId: "ann", answeredAt: "2026-03-02", score: 6 },
 *   { respondentId: "bob", answeredAt: "2026-03-03", score: 9 },
 *   { respondentId: "ann", answeredAt: "2026-03-20", score: 10 },
 * ]);
 * kept?.map((r) => r.score); // => [9, 10]
 * latestResponses(
 *   [
 *     { respondentId: 1, answeredAt: "2026-03-02" },
 *     { respondentId: 1, answeredAt: "2026-04-01" },
 *   ],
 *   { per: "month" },
 * )?.length; // => 2
 * latestResponses([]); // => undefined
 *
 * @category Survey
 */
export function latestResponses<R extends IdentifiedResponse>(
  responses: Iterable<R>,
  options?: LatestResponsesOptions,
): R[] | undefined {
  const o = readOptions(METRIC, options, ["per"]);
  const per = readChoice(METRIC, "options.per", o["per"], PERIODS, "all");
  const items: R[] = [];
  const latest = new Map<string, { index: number; time: number }>();
  forEachItem(METRIC, "responses", responses, (item, index) => {
    const r = readRecord(METRIC, "", item);
    const id = r["respondentId"];
    if (typeof id === "number") readFinite(METRIC, ".respondentId", id);
    else if (typeof id !== "string")
      fail({
        code: "wrong-type",
        metric: METRIC,
        field: ".respondentId",
        expected: "a string or a number",
        received: id,
      });
    const time = timeOfAnswer(r["answeredAt"]);
    const key = `${typeof id}:${String(id)}|${periodOf(time, per)}`;
    const previous = latest.get(key);
    if (previous === undefined || time >= previous.time) latest.set(key, { index, time });
    items.push(item as R);
  });
  if (items.length === 0) return undefined;
  const kept = new Uint8Array(items.length);
  for (const { index } of latest.values()) kept[index] = 1;
  return items.filter((_, i) => kept[i] === 1);
}

/** Milliseconds since 1970-01-01 UTC of an `answeredAt`. */
function timeOfAnswer(value: unknown): number {
  if (typeof value === "number") return readFinite(METRIC, ".answeredAt", value);
  // A real, valid Date by its internal slot; look-alikes and invalid Dates go to readDate's errors.
  const ms = value instanceof Date ? timeOf(value) : undefined;
  if (ms !== undefined && !Number.isNaN(ms)) return ms;
  return readDate(METRIC, ".answeredAt", value) * MS_PER_DAY;
}

/** The UTC period of a time, as a number: its day, its ISO week (from Monday) or its month. */
function periodOf(time: number, per: (typeof PERIODS)[number]): number {
  const day = Math.floor(time / MS_PER_DAY);
  if (per === "all") return 0;
  if (per === "day") return day;
  // 1970-01-01 was a Thursday: adding 3 days makes weeks start on Mondays.
  if (per === "week") return Math.floor((day + 3) / 7);
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}
