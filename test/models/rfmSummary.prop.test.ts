import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RfmCustomer, type RfmTransaction, rfmGroups, rfmSummary } from "../../src/index.js";

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const iso = (offset: number): string => new Date(start + offset * DAY).toISOString().slice(0, 10);

/** A log of up to 60 purchases by 8 customers over 40 days, whole-dollar amounts (exact sums). */
const log = fc.array(
  fc.record({
    customer: fc.constantFrom<string | number>(1, 2, 3, "a", "b", "c", "1", 0),
    day: fc.integer({ min: 0, max: 40 }),
    amount: fc.integer({ min: 0, max: 500 }),
  }),
  { maxLength: 60 },
);
const toTransactions = (rows: { customer: string | number; day: number; amount: number }[]): RfmTransaction[] =>
  rows.map((r) => ({ customer: r.customer, at: iso(r.day), amount: r.amount }));
const options = fc.record({
  observationEnd: fc.integer({ min: 20, max: 45 }).map(iso),
  unit: fc.constantFrom<"day" | "week">("day", "week"),
});
const byCustomer = (rows: RfmCustomer[]): RfmCustomer[] =>
  [...rows].sort((a, b) => `${typeof a.customer}${a.customer}`.localeCompare(`${typeof b.customer}${b.customer}`));

describe("rfmSummary properties", () => {
  it("is independent of transaction order", () => {
    fc.assert(
      fc.property(log, options, fc.integer(), (rows, o, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        expect(byCustomer(rfmSummary(toTransactions(shuffled), o))).toStrictEqual(
          byCustomer(rfmSummary(toTransactions(rows), o)),
        );
      }),
    );
  });

  it("agrees with a direct computation from each customer's set of purchase days", () => {
    fc.assert(
      fc.property(log, options, (rows, o) => {
        const end = (Date.parse(o.observationEnd) - start) / DAY;
        const u = o.unit === "week" ? 7 : 1;
        const days = new Map<string | number, Map<number, number>>();
        for (const r of rows) {
          if (r.day > end) continue;
          const m = days.get(r.customer) ?? new Map<number, number>();
          m.set(r.day, (m.get(r.day) ?? 0) + r.amount);
          days.set(r.customer, m);
        }
        const expected = [...days].map(([customer, m]) => {
          const sorted = [...m.keys()].sort((a, b) => a - b);
          const repeat = sorted.slice(1);
          return {
            customer,
            frequency: repeat.length,
            recency: (sorted.at(-1)! - sorted[0]!) / u,
            age: (end - sorted[0]!) / u,
            monetaryValue: repeat.length === 0 ? undefined : repeat.reduce((s, d) => s + m.get(d)!, 0) / repeat.length,
          };
        });
        expect(byCustomer(rfmSummary(toTransactions(rows), o))).toStrictEqual(byCustomer(expected));
      }),
    );
  });

  it("is unchanged when a purchase is split into two on the same day", () => {
    fc.assert(
      fc.property(
        log.filter((rows) => rows.length > 0),
        options,
        fc.nat(),
        (rows, o, k) => {
          const i = k % rows.length;
          const r = rows[i]!;
          const half = Math.floor(r.amount / 2);
          const split = [
            ...rows.slice(0, i),
            { ...r, amount: half },
            { ...r, amount: r.amount - half },
            ...rows.slice(i + 1),
          ];
          expect(rfmSummary(toTransactions(split), o)).toStrictEqual(rfmSummary(toTransactions(rows), o));
        },
      ),
    );
  });

  it("splits the log into calibration and holdout without changing the calibration summary", () => {
    fc.assert(
      fc.property(log, fc.integer({ min: 10, max: 30 }), fc.integer({ min: 0, max: 15 }), (rows, cal, extra) => {
        const plain = rfmSummary(toTransactions(rows), { observationEnd: iso(cal), unit: "day" });
        const split = rfmSummary(toTransactions(rows), {
          calibrationEnd: iso(cal),
          observationEnd: iso(cal + extra),
          unit: "day",
        });
        expect(byCustomer(split.map(({ holdoutFrequency, holdoutMonetaryValue, ...rest }) => rest))).toStrictEqual(
          byCustomer(plain),
        );
      }),
    );
  });
});

describe("rfmGroups properties", () => {
  it("counts exactly the customers of rfmSummary with each frequency, recency and age", () => {
    fc.assert(
      fc.property(log, options, (rows, o) => {
        const counts = new Map<string, number>();
        for (const r of rfmSummary(toTransactions(rows), o)) {
          const key = `${r.frequency} ${r.recency} ${r.age}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const groups = rfmGroups(toTransactions(rows), o);
        expect(new Map(groups.map((g) => [`${g.frequency} ${g.recency} ${g.age}`, g.count]))).toStrictEqual(counts);
      }),
    );
  });
});
