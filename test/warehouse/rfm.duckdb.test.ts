// Runs the rfm-groups recipe of docs/warehouse.md on DuckDB, in process, over the CDNOW sample and
// over generated logs, and checks that its rows equal rfmGroups on the raw transactions exactly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RfmGroup, type RfmTransaction, rfmGroups } from "../../src/index.js";
import { cdnowTransactions } from "../models/cdnow.js";

const root = join(import.meta.dirname, "..", "..");
const doc = readFileSync(join(root, "docs", "warehouse.md"), "utf8");
const recipe = /<!-- recipe: rfm-groups -->\n```sql\n([\s\S]*?)```/.exec(doc)![1]!;

let connection: DuckDBConnection;

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
}, 60_000);

afterAll(() => connection?.closeSync());

interface Row {
  customer: string | number;
  at: string;
  amount: number;
}

/** Loads `rows` into a fresh `transactions` table, purchase times spread over the day. */
async function load(rows: Row[]): Promise<void> {
  await connection.run("DROP TABLE IF EXISTS transactions");
  await connection.run("CREATE TABLE transactions (customer_id TEXT, purchased_at TIMESTAMP, amount DECIMAL(12, 2))");
  const values = rows.map(
    (r, i) => `('${r.customer}', TIMESTAMP '${r.at} ${String(i % 24).padStart(2, "0")}:17:00', ${r.amount})`,
  );
  for (let i = 0; i < values.length; i += 5000) {
    await connection.run(`INSERT INTO transactions VALUES ${values.slice(i, i + 5000).join(",\n")}`);
  }
}

/** The recipe's rows, with its period set to `end` and `daysPerUnit`, as a client reads them. */
async function groupsFromSql(end: string, daysPerUnit: number): Promise<RfmGroup[]> {
  const sql = recipe
    .replace("DATE '1997-09-30'", `DATE '${end}'`)
    .replace("7 AS days_per_unit", `${daysPerUnit} AS days_per_unit`);
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return rows.map((r) => ({
    frequency: Number(r["frequency"]),
    recency: r["recency"] as number,
    age: r["age"] as number,
    count: Number(r["count"]),
  }));
}

describe("docs/warehouse.md rfm-groups recipe on DuckDB", () => {
  it("gives the CDNOW groups to 1997-09-30 in weeks exactly as rfmGroups does on the raw log", async () => {
    const log = cdnowTransactions();
    await load(log.map((t) => ({ customer: t.customer, at: t.at as string, amount: t.amount! })));
    const sql = await groupsFromSql("1997-09-30", 7);
    expect(sql.reduce((n, g) => n + g.count, 0)).toBe(2357);
    expect(sql).toStrictEqual(rfmGroups(log, { observationEnd: "1997-09-30", unit: "week" }));
  });

  it("gives the groups of generated logs in days and weeks exactly as rfmGroups does", async () => {
    const DAY = 86_400_000;
    const start = Date.UTC(2026, 0, 1);
    const [generated] = fc.sample(
      fc.array(
        fc.record({
          customer: fc.integer({ min: 1, max: 300 }),
          day: fc.integer({ min: 0, max: 120 }),
          cents: fc.integer({ min: 0, max: 50_000 }),
        }),
        { minLength: 3000, maxLength: 3000 },
      ),
      { seed: 20261123, numRuns: 1 },
    );
    const rows: Row[] = generated!.map((g) => ({
      customer: `C${g.customer}`,
      at: new Date(start + g.day * DAY).toISOString().slice(0, 10),
      amount: g.cents / 100,
    }));
    await load(rows);
    const log: RfmTransaction[] = rows.map((r) => ({ customer: r.customer, at: r.at, amount: r.amount }));
    for (const [end, unit, daysPerUnit] of [
      ["2026-03-31", "day", 1],
      ["2026-04-30", "week", 7],
    ] as const) {
      const sql = await groupsFromSql(end, daysPerUnit);
      expect(sql.length).toBeGreaterThan(50);
      expect(sql, `${end} ${unit}`).toStrictEqual(rfmGroups(log, { observationEnd: end, unit }));
    }
  });
});
