import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { MAX_COUNT } from "../internal/limits.js";
import { readRating, readScaleOption } from "../internal/ratingScale.js";
import { readCount, readOptions, readRecord, readString } from "../internal/readers.js";
import type { RatingScale } from "../survey/ratingScale.js";
import type { RatingTally } from "./ratingTally.js";

/**
 * Options for {@link tallyFromRows}.
 *
 * @category Tallies
 */
export interface TallyFromRowsOptions {
  /** The rating scale. Default `{ min: 0, max: 10 }`, the NPS scale. */
  readonly scale?: RatingScale;
  /** The column that holds the rating. Default `"score"`. */
  readonly scoreField?: string;
  /** The column that holds the count. Default `"count"`. */
  readonly countField?: string;
}

const METRIC = "tallyFromRows";

/**
 * Builds a tally from the rows of a SQL `GROUP BY`, such as
 * `SELECT score, count(*) AS count FROM responses GROUP BY score`: one row per rating with its
 * count. Counts may be `number` or `bigint` (DuckDB and BigQuery clients return `bigint` for
 * `count(*)`); counts beyond 90,071,992,547,409 are rejected, never rounded. Ratings missing from
 * the rows count 0; a rating that appears twice (rows from several shards) is added up.
 *
 * @param rows - Rows, any array or iterable of objects.
 * @param options - `scale` (default 0 to 10), `scoreField` (default `"score"`), `countField`
 *   (default `"count"`).
 * @returns The tally.
 * @throws `CxMetricsError`: for row `i`, the rating codes on `rows[i].score` (a `NULL` group is
 *   `wrong-type`), and on `rows[i].count` `wrong-type` for a string, `negative`, `not-integer` or
 *   `out-of-range` for a count that is not a whole number from 0 to 90,071,992,547,409.
 *
 * @example
 * tallyFromRows([{ score: 10, count: 3n }, { score: 6, count: 1n }]).counts; // => [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3]
 *
 * @category Tallies
 */
export function tallyFromRows(rows: Iterable<object>, options?: TallyFromRowsOptions): RatingTally {
  const o = readOptions(METRIC, options, ["scale", "scoreField", "countField"]);
  const scale = readScaleOption(METRIC, o["scale"], { min: 0, max: 10 });
  const scoreField =
    o["scoreField"] === undefined ? "score" : readString(METRIC, "options.scoreField", o["scoreField"]);
  const countField =
    o["countField"] === undefined ? "count" : readString(METRIC, "options.countField", o["countField"]);
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  let total = 0;
  forEachItem(METRIC, "rows", rows, (item) => {
    const row = readRecord(METRIC, "", item);
    const score = readRating(METRIC, `.${scoreField}`, row[scoreField], scale);
    const count = readCount(METRIC, `.${countField}`, bigintAsNumber(`.${countField}`, row[countField]));
    total += count;
    if (total > MAX_COUNT) {
      fail({
        code: "out-of-range",
        metric: METRIC,
        field: `.${countField}`,
        expected: `counts that add up to at most ${MAX_COUNT}`,
        received: count,
      });
    }
    counts[score - scale.min]! += count;
  });
  return { min: scale.min, max: scale.max, counts };
}

/**
 * A `bigint` count as a number, compared as a `bigint` first so that a count beyond
 * `MAX_COUNT` is rejected rather than rounded; any other value as it is (a count reader checks it).
 */
function bigintAsNumber(field: string, value: unknown): unknown {
  if (typeof value !== "bigint") return value;
  if (value < 0n || value > BigInt(MAX_COUNT)) {
    const code = value < 0n ? "negative" : "out-of-range";
    fail({ code, metric: METRIC, field, expected: `a whole number from 0 to ${MAX_COUNT}`, received: value });
  }
  return Number(value);
}
