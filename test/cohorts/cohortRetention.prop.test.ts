import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CohortCustomer, cohortRetention } from "../../src/index.js";

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ASOF = Date.UTC(2026, 5, 17); // a Wednesday in June 2026

/** Customers starting in 2024-2026 up to asOf, some ending (possibly after asOf). */
const customersArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 897 }),
      length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(({ start, length }): CohortCustomer => {
      const startMs = ASOF - start * DAY;
      return length === undefined
        ? { startedAt: iso(startMs) }
        : { startedAt: iso(startMs), endedAt: iso(startMs + length * DAY) };
    }),
  );

/**
 * The table by brute force with Date: for every month from a customer's start month, whether the
 * month ended by asOf and whether the customer was still there on the first day of the next.
 */
function monthlyOracle(customers: readonly CohortCustomer[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const c of customers) {
    const start = new Date(`${c.startedAt as string}T00:00:00Z`);
    const label = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
    const row = table.get(label) ?? [0];
    row[0]!++;
    for (let age = 1; ; age++) {
      const nextStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + age + 1, 1);
      if (nextStart > ASOF) break;
      const active = c.endedAt === undefined || Date.parse(`${c.endedAt as string}T00:00:00Z`) >= nextStart;
      row[age] = (row[age] ?? 0) + (active ? 1 : 0);
    }
    table.set(label, row);
  }
  return table;
}

/** The same by ISO week, with weeks found by stepping Mondays with Date. */
function weeklyOracle(customers: readonly CohortCustomer[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const c of customers) {
    const startMs = Date.parse(`${c.startedAt as string}T00:00:00Z`);
    const monday = startMs - ((new Date(startMs).getUTCDay() + 6) % 7) * DAY;
    const row = table.get(iso(monday)) ?? [0];
    row[0]!++;
    for (let age = 1; ; age++) {
      const nextStart = monday + (age + 1) * 7 * DAY;
      if (nextStart > ASOF) break;
      const active = c.endedAt === undefined || Date.parse(`${c.endedAt as string}T00:00:00Z`) >= nextStart;
      row[age] = (row[age] ?? 0) + (active ? 1 : 0);
    }
    table.set(iso(monday), row);
  }
  return table;
}

describe("cohortRetention (properties)", () => {
  it("agrees with a brute-force count over months and over ISO weeks", () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const months = cohortRetention(customers, { asOf: iso(ASOF) });
        const weeks = cohortRetention(customers, { asOf: iso(ASOF), period: "week" });
        if (customers.length === 0) {
          expect(months).toBeUndefined();
          return;
        }
        const expectedMonths = [...monthlyOracle(customers)].sort(([a], [b]) => a.localeCompare(b));
        expect(months!.cohorts.map((c) => [c.label, c.active])).toEqual(expectedMonths);
        const expectedWeeks = [...weeklyOracle(customers)].sort(([a], [b]) => a.localeCompare(b));
        expect(weeks!.cohorts.map((c) => [c.startDate, c.active])).toEqual(expectedWeeks);
      }),
    );
  });

  it("does not depend on the order of the customers", () => {
    fc.assert(
      fc.property(customersArb, fc.integer(), (customers, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(customers, { minLength: customers.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        expect(cohortRetention(shuffled, { asOf: iso(ASOF) })).toEqual(cohortRetention(customers, { asOf: iso(ASOF) }));
      }),
    );
  });

  it("never lets a cohort's count rise with age, and keeps percentages from 0 to 100", () => {
    fc.assert(
      fc.property(customersArb, fc.constantFrom("month", "week", "quarter", "year" as const), (customers, period) => {
        const table = cohortRetention(customers, { asOf: iso(ASOF), period });
        for (const c of table?.cohorts ?? []) {
          c.active.forEach((n, age) => age > 0 && expect(n).toBeLessThanOrEqual(c.active[age - 1]!));
          for (const p of c.retainedPercent) expect(p >= 0 && p <= 100).toBe(true);
        }
        for (const p of table?.average.retainedPercent ?? []) expect(p >= 0 && p <= 100).toBe(true);
      }),
    );
  });

  it("gives the counts of two customer lists summed when they are joined", () => {
    fc.assert(
      fc.property(customersArb, customersArb, (a, b) => {
        const joined = cohortRetention([...a, ...b], { asOf: iso(ASOF) });
        const sums = new Map<string, number[]>();
        for (const part of [a, b]) {
          for (const c of cohortRetention(part, { asOf: iso(ASOF) })?.cohorts ?? []) {
            const row = sums.get(c.label) ?? c.active.map(() => 0);
            sums.set(
              c.label,
              row.map((n, age) => n + c.active[age]!),
            );
          }
        }
        expect(new Map(joined?.cohorts.map((c) => [c.label, c.active]) ?? [])).toEqual(sums);
      }),
    );
  });
});
