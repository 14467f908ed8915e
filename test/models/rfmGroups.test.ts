import { describe, expect, it } from "vitest";
import { rfmGroups } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowSummary, cdnowTransactions } from "./cdnow.js";

const weeks = { observationEnd: "1997-09-30", unit: "week" } as const;

describe("rfmGroups", () => {
  it("groups the CDNOW customers as GROUP BY x, t_x, T over the published summary does", () => {
    // Oracle: the published cdnow_summary.csv, grouped by its printed (x, t_x, T).
    const published = new Map<string, number>();
    for (const p of cdnowSummary()) {
      const key = `${p.x} ${p.tx.toFixed(2)} ${p.T.toFixed(2)}`;
      published.set(key, (published.get(key) ?? 0) + 1);
    }
    const groups = rfmGroups(cdnowTransactions(), weeks);
    const ours = new Map(groups.map((g) => [`${g.frequency} ${g.recency.toFixed(2)} ${g.age.toFixed(2)}`, g.count]));
    expect(ours).toStrictEqual(published);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(2357);
  });

  it("groups customers over a span of thousands of years exactly", () => {
    const log = [
      { customer: "a", at: "1000-01-01" },
      { customer: "a", at: "5000-01-01" },
      { customer: "b", at: "1000-01-01" },
      { customer: "b", at: "5000-01-01" },
      { customer: "c", at: "8999-12-31" },
    ];
    const end = "9000-01-01";
    const days = (from: string): number => (Date.parse(end) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    expect(rfmGroups(log, { observationEnd: end, unit: "day" })).toStrictEqual([
      { frequency: 0, recency: 0, age: 1, count: 1 },
      { frequency: 1, recency: days("1000-01-01") - days("5000-01-01"), age: days("1000-01-01"), count: 2 },
    ]);
  });

  it("orders groups by frequency, then recency, then age", () => {
    const groups = rfmGroups(cdnowTransactions(), weeks);
    const keys = groups.map((g) => [g.frequency, g.recency, g.age] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toStrictEqual(sorted);
  });

  it("returns an empty array for an empty log", () => {
    expect(rfmGroups([], weeks)).toStrictEqual([]);
  });

  const options = { observationEnd: "2026-01-10", unit: "day" } as const;
  const ok = { customer: "a", at: "2026-01-01" };
  it("names rfmGroups in its own errors", () => {
    expectCxError(() => rfmGroups([{ ...ok, at: 3 }] as never, options), {
      code: "wrong-type",
      field: "transactions[0].at",
      metric: "rfmGroups",
    });
    expectCxError(() => rfmGroups([ok], { ...options, calibrationEnd: "2026-01-05" } as never), {
      code: "unknown-field",
      field: "options.calibrationEnd",
    });
  });
});
