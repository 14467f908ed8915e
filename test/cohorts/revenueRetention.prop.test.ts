import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RevenueRow, revenueRetention } from "../../src/index.js";

/** Rows for up to 12 customers over 2025-01 to 2025-12, at most one per customer and month. */
const rowsArb = fc
  .uniqueArray(
    fc.record({
      customer: fc.integer({ min: 1, max: 12 }),
      month: fc.integer({ min: 1, max: 12 }),
      mrr: fc.constantFrom(0, 10, 25, 40, 99.5),
    }),
    { selector: (r) => `${r.customer}/${r.month}`, maxLength: 60 },
  )
  .map((rows) =>
    rows.map(
      (r): RevenueRow => ({
        customer: `c${r.customer}`,
        period: `2025-${String(r.month).padStart(2, "0")}`,
        mrr: r.mrr,
      }),
    ),
  );

/** Net and gross retention by brute force: for each cohort and month, scan every row. */
function oracle(rows: readonly RevenueRow[]): [string, number[], number[]][] {
  const month = (label: string): number => Number(label.slice(5));
  const first = new Map<string | number, { month: number; mrr: number }>();
  for (const r of rows) {
    const f = first.get(r.customer);
    if (r.mrr > 0 && (f === undefined || month(r.period) < f.month))
      first.set(r.customer, { month: month(r.period), mrr: r.mrr });
  }
  const last = Math.max(...rows.map((r) => month(r.period)));
  const starts = [...new Set([...first.values()].map((f) => f.month))].sort((a, b) => a - b);
  return starts.map((start) => {
    const net: number[] = [];
    const gross: number[] = [];
    for (let m = start; m <= last; m++) {
      let n = 0;
      let g = 0;
      for (const r of rows) {
        const f = first.get(r.customer);
        if (f?.month === start && month(r.period) === m) {
          n += r.mrr;
          g += Math.min(r.mrr, f.mrr);
        }
      }
      net.push(n);
      gross.push(g);
    }
    return [
      `2025-${String(start).padStart(2, "0")}`,
      net.map((x) => (100 * x) / net[0]!),
      gross.map((x) => (100 * x) / net[0]!),
    ];
  });
}

describe("revenueRetention (properties)", () => {
  it("agrees with a brute-force scan of the rows", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const table = revenueRetention(rows);
        const expected = oracle(rows);
        if (expected.length === 0) {
          expect(table).toBeUndefined();
          return;
        }
        const actual = table!.cohorts.map((c) => [c.label, c.netRetentionPercent, c.grossRetentionPercent]);
        expect(actual.length).toBe(expected.length);
        actual.forEach((row, i) => {
          expect(row[0]).toBe(expected[i]![0]);
          for (const k of [1, 2] as const)
            (row[k] as number[]).forEach((v, j) => expect(v).toBeCloseTo(expected[i]![k][j]!, 9));
        });
      }),
    );
  });

  it("does not depend on the order of the rows, and keeps gross at most net and at most 100", () => {
    fc.assert(
      fc.property(rowsArb, fc.integer(), (rows, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length }), { seed, numRuns: 1 })[0]!;
        const table = revenueRetention(rows);
        expect(revenueRetention(shuffled)).toEqual(table);
        for (const c of table?.cohorts ?? []) {
          c.grossRetentionPercent.forEach((g, age) => {
            expect(g).toBeLessThanOrEqual(c.netRetentionPercent[age]! + 1e-9);
            expect(g).toBeLessThanOrEqual(100);
          });
        }
      }),
    );
  });
});
