// Runs the cohort-counts and revenue-rows recipes of docs/warehouse.md on DuckDB over generated
// subscriptions, and checks that cohortRetention, fitSbg and revenueRetention give the same
// results from the SQL output as from the raw rows in process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohortRetention, fitSbg, mrr, type RevenueRow, revenueRetention, type Subscription } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const doc = readFileSync(join(root, "docs", "warehouse.md"), "utf8");
const recipes = new Map(
  [...doc.matchAll(/<!-- recipe: ([\w-]+) -->\n```sql\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]),
);
const AS_OF = "2026-11-15"; // the date in both recipes

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const base = Date.parse("2024-06-01T00:00:00Z");

interface Sub {
  id: number;
  customer: string;
  amount: number;
  interval: Subscription["interval"];
  count: number;
  quantity: number;
  discount: number;
  started: string;
  ended: string | null;
}

// Up to three subscriptions per customer over 2024-06 to 2026-11, some still open, some ending
// after asOf; amounts in cents, multiples of 1,200 x interval count so that monthly MRR is whole.
const subs: Sub[] = fc
  .sample(
    fc.array(
      fc.record({
        customer: fc.integer({ min: 1, max: 700 }),
        k: fc.integer({ min: 1, max: 40 }),
        interval: fc.constantFrom("day", "week", "month", "quarter", "year") as fc.Arbitrary<Subscription["interval"]>,
        count: fc.integer({ min: 1, max: 6 }),
        quantity: fc.integer({ min: 1, max: 5 }),
        discount: fc.constantFrom(0, 10, 25),
        start: fc.integer({ min: 0, max: 895 }),
        length: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 3 }),
      }),
      { minLength: 2000, maxLength: 2000 },
    ),
    { seed: 20261115, numRuns: 1 },
  )[0]!
  .map((s, i) => ({
    id: i,
    customer: `C${s.customer}`,
    amount: 1200 * s.count * s.k,
    interval: s.interval,
    count: s.count,
    quantity: s.quantity,
    discount: s.discount,
    started: iso(base + s.start * DAY),
    ended: s.length === null ? null : iso(base + (s.start + s.length) * DAY),
  }));

const sqlValue = (v: string | number | null): string =>
  v === null ? "NULL" : typeof v === "string" ? `'${v}'` : String(v);

let connection: DuckDBConnection;
async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run(
    "CREATE TABLE subscriptions (subscription_id INTEGER, customer_id TEXT, amount BIGINT, " +
      `billing_interval TEXT,
    interval_count INTEGER, quantity INTEGER, discount_percent INTEGER, started_on DATE, ended_on DATE)`,
  );
  const rows = subs.map((s) => [
    s.id,
    s.customer,
    s.amount,
    s.interval,
    s.count,
    s.quantity,
    s.discount,
    s.started,
    s.ended,
  ]);
  await connection.run(
    `INSERT INTO subscriptions VALUES ${rows.map((r) => `(${r.map(sqlValue).join(", ")})`).join(",\n")}`,
  );
}, 60_000);

afterAll(() => connection?.closeSync());

describe("docs/warehouse.md retention recipes on DuckDB", () => {
  it(
    "cohort-counts: the same cohort table and sBG fit " + "from the SQL counts as cohortRetention on the raw rows",
    async () => {
      // In process: each customer's span from their subscriptions, then cohortRetention.
      const spans = new Map<string, { startedAt: string; endedAt: string | null }>();
      for (const s of subs) {
        const span = spans.get(s.customer);
        if (span === undefined) spans.set(s.customer, { startedAt: s.started, endedAt: s.ended });
        else {
          if (s.started < span.startedAt) span.startedAt = s.started;
          // ISO date strings compare as strings: the later end of the two, or none if either is open.
          const later = (a: string, b: string): string => (a > b ? a : b);
          span.endedAt = span.endedAt === null || s.ended === null ? null : later(s.ended, span.endedAt);
        }
      }
      const table = cohortRetention(spans.values(), { asOf: AS_OF })!;

      const fromSql = new Map<string, number[]>();
      for (const r of await query(recipes.get("cohort-counts")!)) {
        const cohort = (r["cohort"] as Date).toISOString().slice(0, 7);
        const counts = fromSql.get(cohort) ?? [];
        expect(Number(r["age"])).toBe(counts.length);
        counts.push(Number(r["active"]));
        fromSql.set(cohort, counts);
      }
      expect(fromSql).toEqual(new Map(table.cohorts.map((c) => [c.label, c.active])));
      expect(table.cohorts.length).toBeGreaterThan(20);
      expect(table.cohorts[0]!.active.length).toBeGreaterThan(20);
      expect(fitSbg([...fromSql.values()])).toEqual(fitSbg(table));
    },
  );

  it(
    "revenue-rows: the same revenue retention from the SQL rows " + "as from each month-end's subscriptions in process",
    async () => {
      const fromSql: RevenueRow[] = (await query(recipes.get("revenue-rows")!)).map((r) => ({
        customer: r["customer"] as string,
        period: (r["period"] as Date).toISOString().slice(0, 7),
        mrr: r["mrr"] as number,
      }));
      // In process: for each month that ended by asOf, mrr() of each customer's subscriptions open at its last day.
      const inProcess: RevenueRow[] = [];
      for (
        let m = Date.UTC(2024, 5, 1);
        Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1) <= Date.parse(AS_OF);
      ) {
        const next = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1);
        const end = iso(next - DAY);
        const open = new Map<string, Subscription[]>();
        for (const s of subs) {
          if (s.started <= end && (s.ended === null || s.ended > end)) {
            const list = open.get(s.customer) ?? [];
            list.push({
              amount: s.amount,
              interval: s.interval,
              intervalCount: s.count,
              quantity: s.quantity,
              discountPercent: s.discount,
            });
            open.set(s.customer, list);
          }
        }
        for (const [customer, list] of open) inProcess.push({ customer, period: iso(m).slice(0, 7), mrr: mrr(list)! });
        m = next;
      }
      expect(fromSql.length).toBe(inProcess.length);
      const a = revenueRetention(fromSql)!;
      expect(a).toEqual(revenueRetention(inProcess));
      expect(a.cohorts.length).toBeGreaterThan(20);
      expect(
        a.average.netRetentionPercent.some((p) => p > 100) ||
          a.cohorts.some((c) => c.netRetentionPercent.some((p) => p > 100)),
      ).toBe(true);
    },
  );
});
