// The calendar arithmetic behind the cohort tables (src/internal/periods.ts), checked against
// JavaScript's Date and against ISO week numbers from Python's datetime.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civilFromDays,
  daysFromCivil,
  parsePeriod,
  periodLabel,
  periodOf,
  startOfPeriod,
} from "../../src/internal/periods.js";

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
// Nearly every day a Date can hold (from -271821-04-20 to 275760-09-13), with room for the period starts.
const anyDay = fc.integer({ min: -99_000_000, max: 99_000_000 });

describe("calendar periods", () => {
  it("convert day numbers to civil dates and back as Date does", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const d = new Date(day * DAY);
        const civil = civilFromDays(day);
        expect(civil).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, dayOfMonth: d.getUTCDate() });
        expect(daysFromCivil(civil.year, civil.month, civil.dayOfMonth)).toBe(day);
      }),
    );
  });

  it("index months, quarters and years as Date's calendar fields do, and start them on their first day", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const d = new Date(day * DAY);
        const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
        expect(periodOf("month", day)).toBe(12 * y + m);
        expect(periodOf("quarter", day)).toBe(4 * y + Math.floor(m / 3));
        expect(periodOf("year", day)).toBe(y);
        // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
        const first = (month: number): number => new Date(0).setUTCFullYear(y, month, 1) / DAY;
        expect(startOfPeriod("month", periodOf("month", day))).toBe(first(m));
        expect(startOfPeriod("quarter", periodOf("quarter", day))).toBe(first(m - (m % 3)));
        expect(startOfPeriod("year", y)).toBe(first(0));
      }),
    );
  });

  it("index ISO weeks from Monday to Sunday", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const week = periodOf("week", day);
        const monday = startOfPeriod("week", week);
        expect(new Date(monday * DAY).getUTCDay()).toBe(1);
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThan(7);
      }),
    );
  });

  it("label ISO weeks with the week-numbering year (reference values from Python's date.isocalendar())", () => {
    // python3 -c "from datetime import date; y, w, _ = date(2020, 12, 31).isocalendar(); print(f'{y}-W{w:02d}')"
    const cases: [string, string][] = [
      ["2020-12-31", "2020-W53"],
      ["2021-01-03", "2020-W53"],
      ["2021-01-04", "2021-W01"],
      ["2024-12-30", "2025-W01"],
      ["2026-01-29", "2026-W05"],
      ["2027-01-01", "2026-W53"],
      ["1970-01-01", "1970-W01"],
      ["1969-12-29", "1970-W01"],
    ];
    for (const [iso, label] of cases) expect(periodLabel("week", periodOf("week", dayOf(iso))), iso).toBe(label);
  });

  it("label months, quarters and years", () => {
    expect(periodLabel("month", periodOf("month", dayOf("2026-01-31")))).toBe("2026-01");
    expect(periodLabel("month", periodOf("month", dayOf("0999-12-01")))).toBe("0999-12");
    expect(periodLabel("quarter", periodOf("quarter", dayOf("2026-05-01")))).toBe("2026-Q2");
    expect(periodLabel("year", periodOf("year", dayOf("2026-05-01")))).toBe("2026");
  });

  it("parse exactly the labels they write", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("month", "week", "quarter", "year" as const),
        fc.integer({ min: -700_000, max: 2_900_000 }),
        (kind, day) => {
          const index = periodOf(kind, day);
          expect(parsePeriod(kind, periodLabel(kind, index))).toBe(index);
        },
      ),
    );
  });

  it("reject labels of no period or of another kind", () => {
    for (const label of ["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", " 2026-01"])
      expect(parsePeriod("month", label), label).toBeUndefined();
    for (const label of ["2026-Q0", "2026-Q5", "2026Q1"]) expect(parsePeriod("quarter", label), label).toBeUndefined();
    for (const label of ["2026-W00", "2026-W54", "2025-W53", "2026-W5"])
      expect(parsePeriod("week", label), label).toBeUndefined();
    expect(parsePeriod("week", "2026-W53")).toBe(periodOf("week", dayOf("2026-12-31")));
    expect(parsePeriod("year", "226")).toBeUndefined();
    expect(parsePeriod("year", "2026-01")).toBeUndefined();
  });
});
