import { describe, expect, it } from "vitest";
import { cohortRetention } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("cohortRetention", () => {
  // A hand-built table: January's cohort has 4 customers, February's 2, March's 1, April's 1.
  const customers = [
    { startedAt: "2026-01-01" }, // active throughout
    { startedAt: "2026-01-10", endedAt: "2026-01-25" }, // ends in its start month: gone by age 1
    { startedAt: "2026-01-20", endedAt: "2026-02-28" }, // ends during February: gone at age 1
    { startedAt: "2026-01-31", endedAt: "2026-03-01" }, // active at the end of February, gone at age 2
    { startedAt: "2026-02-01", endedAt: null },
    { startedAt: "2026-02-15", endedAt: "2026-04-02" }, // ends in April, not yet observed
    { startedAt: "2026-03-03" },
    { startedAt: "2026-04-01" },
  ];
  const table = cohortRetention(customers, { asOf: "2026-04-15" })!;

  it("groups customers by start month and counts those active at the end of each later month", () => {
    expect(table.cohorts.map((c) => [c.label, c.startDate, c.size, c.active])).toEqual([
      ["2026-01", "2026-01-01", 4, [4, 2, 1]],
      ["2026-02", "2026-02-01", 2, [2, 2]],
      ["2026-03", "2026-03-01", 1, [1]],
      ["2026-04", "2026-04-01", 1, [1]],
    ]);
    expect(table.period).toBe("month");
    expect(table.asOf).toBe("2026-04-15");
  });

  it("gives each count as a percentage of its cohort's size", () => {
    expect(table.cohorts[0]!.retainedPercent).toEqual([100, 50, 25]);
    expect(table.cohorts[1]!.retainedPercent).toEqual([100, 100]);
  });

  it("averages the cohorts observed at each age, weighted by size", () => {
    // age 1: (2 + 2) / (4 + 2); age 2: 1 / 4 (only January is observed at age 2)
    expect(table.average.retainedPercent).toEqual([100, (100 * 4) / 6, 25]);
    expect(table.average.cohorts).toEqual([4, 2, 1]);
    expect(table.average.customers).toEqual([8, 6, 4]);
  });

  it("observes a period only once it has ended by asOf: the last day of March does not end March", () => {
    const onLastDay = cohortRetention([{ startedAt: "2026-02-10" }], { asOf: "2026-03-31" })!;
    expect(onLastDay.cohorts[0]!.active).toEqual([1]);
    const nextDay = cohortRetention([{ startedAt: "2026-02-10" }], { asOf: "2026-04-01" })!;
    expect(nextDay.cohorts[0]!.active).toEqual([1, 1]);
  });

  it("counts a customer who ends on the first day of a period as active at the end of the one before", () => {
    const t = cohortRetention([{ startedAt: "2026-01-15", endedAt: "2026-03-01" }], { asOf: "2026-06-01" })!;
    expect(t.cohorts[0]!.active).toEqual([1, 1, 0, 0, 0]);
  });

  it("accepts end dates after asOf: the customer is active in every observed period", () => {
    const t = cohortRetention([{ startedAt: "2026-01-15", endedAt: "2027-01-01" }], { asOf: "2026-03-02" })!;
    expect(t.cohorts[0]!.active).toEqual([1, 1]);
  });

  it("reads Dates as their UTC day, like the equivalent strings", () => {
    const dates = customers.map((c) => ({
      startedAt: new Date(`${c.startedAt}T23:59:59Z`),
      endedAt: c.endedAt ? new Date(`${c.endedAt}T00:00:00Z`) : c.endedAt,
    }));
    expect(cohortRetention(dates, { asOf: new Date("2026-04-15T12:00:00Z") })).toEqual(table);
  });

  it("groups by ISO week, labelled with the week-numbering year", () => {
    // 2026-01-01 is a Thursday in 2026-W01; 2025-12-29 (Monday) starts that week.
    const t = cohortRetention(
      [{ startedAt: "2025-12-29" }, { startedAt: "2026-01-04", endedAt: "2026-01-12" }, { startedAt: "2026-01-05" }],
      { period: "week", asOf: "2026-01-19" },
    )!;
    expect(t.cohorts.map((c) => [c.label, c.startDate, c.active])).toEqual([
      ["2026-W01", "2025-12-29", [2, 2, 1]],
      ["2026-W02", "2026-01-05", [1, 1]],
    ]);
  });

  it("groups by quarter and by year", () => {
    const rows = [
      { startedAt: "2025-02-01", endedAt: "2025-08-15" },
      { startedAt: "2025-03-31" },
      { startedAt: "2025-11-30" },
    ];
    const quarters = cohortRetention(rows, { period: "quarter", asOf: "2026-01-01" })!;
    expect(quarters.cohorts.map((c) => [c.label, c.active])).toEqual([
      ["2025-Q1", [2, 2, 1, 1]],
      ["2025-Q4", [1]],
    ]);
    const years = cohortRetention(rows, { period: "year", asOf: "2028-01-01" })!;
    expect(years.cohorts.map((c) => [c.label, c.startDate, c.active])).toEqual([["2025", "2025-01-01", [3, 2, 2]]]);
  });

  it("accepts any iterable, such as a generator", () => {
    function* rows(): Generator<{ startedAt: string }> {
      yield { startedAt: "2026-01-05" };
      yield { startedAt: "2026-01-05" };
    }
    expect(cohortRetention(rows(), { asOf: "2026-03-01" })!.cohorts[0]!.active).toEqual([2, 2]);
  });

  it("returns undefined when there are no customers", () => {
    expect(cohortRetention([], { asOf: "2026-01-01" })).toBeUndefined();
  });

  it("rejects a bad date, naming the customer and the field", () => {
    expectCxError(
      () => cohortRetention([{ startedAt: "2026-01-01" }, { startedAt: 20260101 as never }], { asOf: "2026-02-01" }),
      {
        code: "wrong-type",
        field: "customers[1].startedAt",
        metric: "cohortRetention",
      },
    );
    expectCxError(() => cohortRetention([{ startedAt: "2026-02-30" }], { asOf: "2026-03-01" }), {
      code: "out-of-range",
      field: "customers[0].startedAt",
    });
    expectCxError(() => cohortRetention([{ startedAt: "2026-01-01", endedAt: "01/02/2026" }], { asOf: "2026-03-01" }), {
      code: "wrong-type",
      field: "customers[0].endedAt",
    });
    expectCxError(() => cohortRetention([{ startedAt: new Date(Number.NaN) }], { asOf: "2026-03-01" }), {
      code: "out-of-range",
      field: "customers[0].startedAt",
    });
  });

  it("rejects a customer who ends before starting or starts after asOf", () => {
    expectCxError(() => cohortRetention([{ startedAt: "2026-01-10", endedAt: "2026-01-09" }], { asOf: "2026-03-01" }), {
      code: "inconsistent",
      field: "customers[0].endedAt",
    });
    expectCxError(
      () => cohortRetention([{ startedAt: "2026-01-10" }, { startedAt: "2026-03-02" }], { asOf: "2026-03-01" }),
      {
        code: "inconsistent",
        field: "customers[1].startedAt",
      },
    );
  });

  it("rejects records that are not customers and misspelt fields", () => {
    expectCxError(() => cohortRetention([null as never], { asOf: "2026-03-01" }), {
      code: "wrong-type",
      field: "customers[0]",
    });
    expectCxError(
      () => cohortRetention([{ startedAt: "2026-01-01", endAt: "2026-02-01" } as never], { asOf: "2026-03-01" }),
      {
        code: "unknown-field",
        field: "customers[0].endAt",
      },
    );
    expectCxError(() => cohortRetention(42 as never, { asOf: "2026-03-01" }), {
      code: "wrong-type",
      field: "customers",
    });
  });

  it("validates the options before the customers", () => {
    expectCxError(() => cohortRetention(42 as never, {} as never), { code: "wrong-type", field: "options.asOf" });
    expectCxError(() => cohortRetention([], { asOf: "2026-03-01", period: "day" as never }), {
      code: "out-of-range",
      field: "options.period",
    });
    expectCxError(() => cohortRetention([], { asof: "2026-03-01" } as never), {
      code: "unknown-field",
      field: "options.asof",
    });
    expectCxError(() => cohortRetention([], "2026-03-01" as never), { code: "wrong-type", field: "options" });
  });
});
