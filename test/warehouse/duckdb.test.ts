// Runs every SQL recipe of docs/warehouse.md on DuckDB, in process, over generated rows, and
// checks that the library's results from the SQL aggregates equal its results from the raw rows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ces,
  churnRate,
  computeNps,
  csat,
  customerGrowthRate,
  expansionMrr,
  mrr,
  mrrMovements,
  npsInterval,
  renewalRate,
  retentionRate,
  type Subscription,
  tallyFromRows,
} from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const doc = readFileSync(join(root, "docs", "warehouse.md"), "utf8");
const recipes = new Map(
  [...doc.matchAll(/<!-- recipe: ([\w-]+) -->\n```sql\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]),
);

// Generated data, from a fixed seed so that every run checks the same rows.
const SEED = 20261123;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

interface Response {
  id: number;
  segment: string;
  at: string;
  nps: number;
  csat: number | null;
  ces: number | null;
}
interface Customer {
  id: string;
  started: string;
  ended: string | null;
  due: string | null;
  renewed: boolean;
}
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

const data = fc.sample(
  fc.record({
    responses: fc.array(
      fc.record({
        segment: fc.constantFrom("smb", "mid", "ent"),
        dayOffset: fc.integer({ min: 0, max: 90 }),
        nps: fc.integer({ min: 0, max: 10 }),
        csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
      }),
      { minLength: 4000, maxLength: 4000 },
    ),
    customers: fc.array(
      fc.record({
        start: fc.integer({ min: -400, max: 60 }),
        length: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
        due: fc.option(fc.integer({ min: -10, max: 70 }), { nil: null }),
        renewed: fc.boolean(),
      }),
      { minLength: 3000, maxLength: 3000 },
    ),
    subs: fc.array(
      fc.record({
        customer: fc.integer({ min: 1, max: 400 }),
        k: fc.integer({ min: 1, max: 50 }),
        interval: fc.constantFrom("day", "week", "month", "quarter", "year") as fc.Arbitrary<Subscription["interval"]>,
        count: fc.integer({ min: 1, max: 12 }),
        quantity: fc.integer({ min: 1, max: 20 }),
        discount: fc.constantFrom(0, 10, 20, 25, 50),
        start: fc.integer({ min: -200, max: 55 }),
        length: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
      }),
      { minLength: 2000, maxLength: 2000 },
    ),
  }),
  { seed: SEED, numRuns: 1 },
)[0]!;

const base = day("2026-10-01");
const responses: Response[] = data.responses.map((r, i) => ({
  id: i,
  segment: r.segment,
  at: `${iso(day("2026-09-01") + r.dayOffset * DAY)} 12:00:00`,
  nps: r.nps,
  csat: r.csat,
  ces: r.ces,
}));
const customers: Customer[] = data.customers.map((c, i) => ({
  id: `C${i}`,
  started: iso(base + c.start * DAY),
  ended: c.length === null ? null : iso(base + (c.start + c.length) * DAY),
  due: c.due === null ? null : iso(base + c.due * DAY),
  renewed: c.renewed,
}));
// Amounts in cents, multiples of 1,200 x interval count, so that every monthly amount is whole.
const subs: Sub[] = data.subs.map((s, i) => ({
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

const sqlValue = (v: string | number | boolean | null): string =>
  v === null ? "NULL" : typeof v === "string" ? `'${v}'` : String(v);
const values = (rows: (string | number | boolean | null)[][]): string =>
  rows.map((r) => `(${r.map(sqlValue).join(", ")})`).join(",\n");

let connection: DuckDBConnection;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** A bigint sum or count from DuckDB as a number, after checking it is exact. */
function num(v: unknown): number {
  if (typeof v === "bigint") {
    expect(v <= BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    return Number(v);
  }
  return v as number;
}

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run(`CREATE TABLE responses (respondent_id INTEGER, segment TEXT, answered_at TIMESTAMP,
    nps_score INTEGER, csat_rating INTEGER, ces_rating INTEGER)`);
  await connection.run(
    `INSERT INTO responses VALUES ${values(responses.map((r) => [r.id, r.segment, r.at, r.nps, r.csat, r.ces]))}`,
  );
  await connection.run(
    `CREATE TABLE customers (customer_id TEXT, started_on DATE, ended_on DATE, renewal_due_on DATE, renewed BOOLEAN)`,
  );
  await connection.run(
    `INSERT INTO customers VALUES ${values(customers.map((c) => [c.id, c.started, c.ended, c.due, c.renewed]))}`,
  );
  await connection.run(
    "CREATE TABLE subscriptions (subscription_id INTEGER, customer_id TEXT, amount BIGINT, " +
      `billing_interval TEXT,
    interval_count INTEGER, quantity INTEGER, discount_percent INTEGER, started_on DATE, ended_on DATE)`,
  );
  await connection.run(
    "INSERT INTO subscriptions VALUES " +
      values(
        subs.map((s) => [s.id, s.customer, s.amount, s.interval, s.count, s.quantity, s.discount, s.started, s.ended]),
      ),
  );
}, 60_000);

afterAll(() => connection?.closeSync());

describe("docs/warehouse.md recipes on DuckDB", () => {
  it(
    "has the recipes the tests expect " +
      "(cohort-counts and revenue-rows are run by retention.duckdb.test.ts, rfm-groups by rfm.duckdb.test.ts)",
    () => {
      expect([...recipes.keys()].sort()).toEqual([
        "ces-tally",
        "cohort-counts",
        "csat-tally",
        "customer-counts",
        "mrr-by-customer",
        "nps-tally",
        "revenue-rows",
        "rfm-groups",
      ]);
    },
  );

  it(
    "nps-tally: every segment and month gives the same NPS and interval " + "from SQL counts as from raw scores",
    async () => {
      const rows = await query(recipes.get("nps-tally")!);
      const groups = new Map<string, { score: number; count: bigint }[]>();
      for (const r of rows) {
        const key = `${r["segment"]}|${(r["month"] as Date).toISOString().slice(0, 7)}`;
        groups.set(key, [...(groups.get(key) ?? []), { score: r["score"] as number, count: r["count"] as bigint }]);
      }
      expect(groups.size).toBe(9);
      for (const [key, group] of groups) {
        const [segment, month] = key.split("|");
        const raw = responses.filter((r) => r.segment === segment && r.at.startsWith(month!)).map((r) => r.nps);
        const t = tallyFromRows(group);
        expect(computeNps(t), key).toStrictEqual(computeNps(raw));
        expect(npsInterval(t), key).toStrictEqual(npsInterval(raw));
      }
    },
  );

  it("csat-tally and ces-tally: the same CSAT and CES from SQL counts as from raw ratings", async () => {
    for (const [recipe, column, scale] of [
      ["csat-tally", "csat", { min: 1, max: 5 }],
      ["ces-tally", "ces", { min: 1, max: 7 }],
    ] as const) {
      const rows = await query(recipes.get(recipe)!);
      for (const segment of ["smb", "mid", "ent"]) {
        const t = tallyFromRows(rows.filter((r) => r["segment"] === segment) as { score: number; count: bigint }[], {
          scale,
        });
        const raw = responses.filter((r) => r.segment === segment && r[column] !== null).map((r) => r[column]!);
        if (column === "csat") expect(csat(t)).toBe(csat(raw));
        else expect(ces(t)).toStrictEqual(ces(raw));
      }
    }
  });

  it(
    "customer-counts: churn, retention, renewal and growth " + "from SQL counts equal those from the raw rows",
    async () => {
      const [row] = await query(recipes.get("customer-counts")!);
      const sql = Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, num(v)]));
      const start = "2026-10-01";
      const end = "2026-11-01";
      const activeOn = (c: Customer, d: string): boolean => c.started < d && (c.ended === null || c.ended >= d);
      const js = {
        customers_at_start: customers.filter((c) => activeOn(c, start)).length,
        customers_lost: customers.filter((c) => activeOn(c, start) && c.ended !== null && c.ended < end).length,
        new_customers: customers.filter(
          (c) => c.started >= start && c.started < end && (c.ended === null || c.ended >= end),
        ).length,
        customers_at_end: customers.filter((c) => activeOn(c, end)).length,
        renewals_eligible: customers.filter((c) => c.due !== null && c.due >= start && c.due < end).length,
        renewed: customers.filter((c) => c.due !== null && c.due >= start && c.due < end && c.renewed).length,
      };
      expect(sql).toStrictEqual(js);
      expect(js.customers_at_start).toBeGreaterThan(100);
      expect(js.customers_lost).toBeGreaterThan(0);
      expect(churnRate({ customersAtStart: sql["customers_at_start"]!, customersLost: sql["customers_lost"]! })).toBe(
        churnRate({ customersAtStart: js.customers_at_start, customersLost: js.customers_lost }),
      );
      expect(
        retentionRate({
          customersAtStart: sql["customers_at_start"]!,
          customersAtEnd: sql["customers_at_end"]!,
          newCustomers: sql["new_customers"]!,
        }),
      ).toBe(
        retentionRate({
          customersAtStart: js.customers_at_start,
          customersAtEnd: js.customers_at_end,
          newCustomers: js.new_customers,
        }),
      );
      expect(renewalRate({ renewed: sql["renewed"]!, eligible: sql["renewals_eligible"]! })).toBe(
        renewalRate({ renewed: js.renewed, eligible: js.renewals_eligible }),
      );
      expect(
        customerGrowthRate({ customersAtStart: sql["customers_at_start"]!, customersAtEnd: sql["customers_at_end"]! }),
      ).toBe(customerGrowthRate({ customersAtStart: js.customers_at_start, customersAtEnd: js.customers_at_end }));
    },
  );

  it(
    "mrr-by-customer: per-customer MRR, expansion and movements " + "from SQL equal mrr on the raw subscriptions",
    async () => {
      const rows = await query(recipes.get("mrr-by-customer")!);
      const fromSql = new Map<string, Map<string, number>>();
      for (const r of rows) {
        const date = (r["at_date"] as Date).toISOString().slice(0, 10);
        if (!fromSql.has(date)) fromSql.set(date, new Map());
        fromSql.get(date)!.set(r["customer_id"] as string, r["mrr"] as number);
      }
      const fromRows = (date: string): Map<string, number> => {
        const active = subs.filter((s) => s.started <= date && (s.ended === null || s.ended > date));
        const byCustomer = new Map<string, Subscription[]>();
        for (const s of active) {
          byCustomer.set(s.customer, [
            ...(byCustomer.get(s.customer) ?? []),
            {
              amount: s.amount,
              interval: s.interval,
              intervalCount: s.count,
              quantity: s.quantity,
              discountPercent: s.discount,
            },
          ]);
        }
        return new Map([...byCustomer].map(([id, list]) => [id, mrr(list)]));
      };
      const [october, november] = ["2026-10-31", "2026-11-30"].map((d) => {
        const js = fromRows(d);
        expect(fromSql.get(d)).toStrictEqual(js);
        return js;
      }) as [Map<string, number>, Map<string, number>];
      expect(october.size).toBeGreaterThan(100);
      const previous = fromSql.get("2026-10-31")!;
      const current = fromSql.get("2026-11-30")!;
      expect(expansionMrr({ previous, current })).toBe(expansionMrr({ previous: october, current: november }));
      expect(mrrMovements({ previous, current })).toStrictEqual(mrrMovements({ previous: october, current: november }));
      expect(expansionMrr({ previous, current })).toBeGreaterThan(0);
    },
  );
});
