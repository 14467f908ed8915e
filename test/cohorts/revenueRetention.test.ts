import { describe, expect, it } from "vitest";
import { revenueRetention } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("revenueRetention", () => {
  // January: a (100, expands to 150, then 120), b (100, leaves in March), d (pays 0 in January,
  // first pays in February: February's cohort); February: c (40, then 40), d (60, then 30).
  const rows = [
    { customer: "a", period: "2026-01", mrr: 100 },
    { customer: "a", period: "2026-02", mrr: 150 },
    { customer: "a", period: "2026-03", mrr: 120 },
    { customer: "b", period: "2026-01", mrr: 100 },
    { customer: "b", period: "2026-02", mrr: 80 },
    { customer: "c", period: "2026-02", mrr: 40 },
    { customer: "c", period: "2026-03", mrr: 40 },
    { customer: "d", period: "2026-01", mrr: 0 },
    { customer: "d", period: "2026-02", mrr: 60 },
    { customer: "d", period: "2026-03", mrr: 30 },
  ];
  const table = revenueRetention(rows)!;

  it("groups customers by their first period with MRR above 0 and sums their MRR by age", () => {
    expect(table.cohorts.map((c) => [c.label, c.customers, c.mrr])).toEqual([
      ["2026-01", 2, [200, 230, 120]],
      ["2026-02", 2, [100, 70]],
    ]);
    expect(table.lastPeriod).toBe("2026-03");
    expect(table.period).toBe("month");
  });

  it("gives net revenue retention with expansion and gross retention capped at each customer's first MRR", () => {
    expect(table.cohorts[0]!.netRetentionPercent).toEqual([100, 115, 60]);
    // gross: a capped at 100 (100, 100), b 80 then 0: (100 + 80) / 200, (100 + 0) / 200
    expect(table.cohorts[0]!.grossRetentionPercent).toEqual([100, 90, 50]);
    expect(table.cohorts[1]!.netRetentionPercent).toEqual([100, 70]);
    expect(table.cohorts[1]!.grossRetentionPercent).toEqual([100, 70]);
  });

  it("averages the cohorts observed at each age, weighted by their first-period MRR", () => {
    expect(table.average.netRetentionPercent).toEqual([100, (100 * 300) / 300, 60]);
    expect(table.average.grossRetentionPercent).toEqual([100, (100 * 250) / 300, 50]);
    expect(table.average.cohorts).toEqual([2, 2, 1]);
  });

  it("reads quarter, week and year labels, and numeric customer ids", () => {
    const q = revenueRetention(
      [
        { customer: 1, period: "2025-Q4", mrr: 10 },
        { customer: 1, period: "2026-Q1", mrr: 5 },
      ],
      { period: "quarter" },
    )!;
    expect(q.cohorts.map((c) => [c.label, c.netRetentionPercent])).toEqual([["2025-Q4", [100, 50]]]);
    // 2026 has 53 ISO weeks: 2026-W53 and 2027-W01 are consecutive.
    const w = revenueRetention(
      [
        { customer: "x", period: "2027-W01", mrr: 1 },
        { customer: "x", period: "2026-W53", mrr: 1 },
      ],
      { period: "week" },
    )!;
    expect([w.lastPeriod, w.cohorts[0]!.label, w.cohorts[0]!.netRetentionPercent]).toEqual([
      "2027-W01",
      "2026-W53",
      [100, 100],
    ]);
    expect(revenueRetention([{ customer: "x", period: "2026", mrr: 3 }], { period: "year" })!.cohorts[0]!.mrr).toEqual([
      3,
    ]);
  });

  it("sums fractional MRR with compensation, whatever the order of the rows", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ customer: i, period: "2026-01", mrr: 0.1 }));
    expect(revenueRetention(many)!.cohorts[0]!.mrr).toEqual([100]);
  });

  it("returns undefined when no row has MRR above 0", () => {
    expect(revenueRetention([])).toBeUndefined();
    expect(revenueRetention([{ customer: "a", period: "2026-01", mrr: 0 }])).toBeUndefined();
  });

  it("rejects a second row for the same customer and period, naming the later row", () => {
    const error = expectCxError(
      () =>
        revenueRetention([
          { customer: "a", period: "2026-02", mrr: 1 },
          { customer: "a", period: "2026-01", mrr: 1 },
          { customer: "a", period: "2026-02", mrr: 2 },
        ]),
      { code: "inconsistent", field: "rows[2].period", metric: "revenueRetention" },
    );
    expect(error.message).toContain("rows[0] has the same customer and period");
  });

  it("rejects bad rows, naming the row and the field", () => {
    expectCxError(() => revenueRetention([{ customer: "a", period: "2026-13", mrr: 1 }]), {
      code: "out-of-range",
      field: "rows[0].period",
    });
    expectCxError(() => revenueRetention([{ customer: "a", period: "2026-01", mrr: 1 }], { period: "quarter" }), {
      code: "out-of-range",
      field: "rows[0].period",
    });
    expectCxError(() => revenueRetention([{ customer: "a", period: 202601 as never, mrr: 1 }]), {
      code: "wrong-type",
      field: "rows[0].period",
    });
    expectCxError(() => revenueRetention([{ customer: null as never, period: "2026-01", mrr: 1 }]), {
      code: "wrong-type",
      field: "rows[0].customer",
    });
    expectCxError(() => revenueRetention([{ customer: "a", period: "2026-01", mrr: -5 }]), {
      code: "negative",
      field: "rows[0].mrr",
    });
    expectCxError(() => revenueRetention([{ customer: "a", period: "2026-01", amount: 5 } as never]), {
      code: "unknown-field",
      field: "rows[0].amount",
    });
    expectCxError(() => revenueRetention([], { period: "day" as never }), {
      code: "out-of-range",
      field: "options.period",
    });
    expectCxError(() => revenueRetention([], { periods: "month" } as never), {
      code: "unknown-field",
      field: "options.periods",
    });
  });
});
