import { count, fail, MAX_COUNT, readOptions, record } from "../internal/check.js";
import { itemsOf, ratingOption, scaleOption } from "../internal/ratings.js";
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
  const o = readOptions(METRIC, options);
  const scale = scaleOption(METRIC, o["scale"], { min: 0, max: 10 });
  const scoreField = (o["scoreField"] as string | undefined) ?? "score";
  const countField = (o["countField"] as string | undefined) ?? "count";
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  let i = 0;
  let total = 0;
  for (const item of itemsOf(METRIC, "rows", rows)) {
    const field = `rows[${i++}]`;
    const row = record(METRIC, field, item);
    const score = ratingOption(METRIC, `${field}.${scoreField}`, row[scoreField], scale);
    let n = row[countField];
    if (typeof n === "bigint") {
      // Compared as bigint first, so a count beyond 2^53 is rejected rather than rounded.
      const expected = `a whole number from 0 to ${MAX_COUNT}`;
      if (n < 0n) fail("negative", METRIC, `${field}.${countField}`, expected, n);
      if (n > BigInt(MAX_COUNT)) fail("out-of-range", METRIC, `${field}.${countField}`, expected, n);
      n = Number(n);
    }
    const c = count(METRIC, `${field}.${countField}`, n);
    total += c;
    if (total > MAX_COUNT) fail("out-of-range", METRIC, `${field}.${countField}`, `counts that add up to at most ${MAX_COUNT}`, c);
    counts[score - scale.min]! += c;
  }
  return { min: scale.min, max: scale.max, counts };
}
