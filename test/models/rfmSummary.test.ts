import { describe, expect, it } from "vitest";
import { type RfmTransaction, rfmSummary } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowSummary, cdnowTransactions } from "./cdnow.js";

const weeks = { observationEnd: "1997-09-30", unit: "week" } as const;

/** Equal at the 2 decimals a CSV value was printed with (half a unit of the last place, plus slack for binary). */
const atTwoDecimals = (ours: number, printed: number): boolean => Math.abs(ours - printed) <= 0.005 + 1e-9;

describe("rfmSummary on the CDNOW sample", () => {
  // Reference: cdnow_summary.csv, the calibration summary of Fader, Hardie and Lee (2005),
  // "Counting Your Customers the Easy Way", Marketing Science 24(2), weeks to 1997-09-30.
  it("reproduces cdnow_summary.csv row for row: x exactly, t_x, T and zbar at its 2 decimals", () => {
    const rows = rfmSummary(cdnowTransactions(), weeks);
    const published = cdnowSummary();
    expect(rows.length).toBe(2357);
    expect(published.length).toBe(2357);
    const mismatches = published.filter((p, i) => {
      const r = rows[i]!;
      return (
        r.customer !== p.id ||
        r.frequency !== p.x ||
        !atTwoDecimals(r.recency, p.tx) ||
        !atTwoDecimals(r.age, p.T) ||
        (p.x === 0 ? r.monetaryValue !== undefined : !atTwoDecimals(r.monetaryValue!, p.zbar))
      );
    });
    expect(mismatches).toEqual([]);
  });

  it("gives the paper's worked customer 1: 2 repeat purchases, last at week 30.43, observed 38.86 weeks", () => {
    // Fader, Hardie and Lee (2005), section 4: x = 2, t_x = 30.43, T = 38.86.
    const [first] = rfmSummary(cdnowTransactions(), weeks);
    expect(first!.frequency).toBe(2);
    expect(first!.recency).toBeCloseTo(30.43, 2);
    expect(first!.age).toBeCloseTo(38.86, 2);
    // purchases of 1997-01-18 ($29.73) and 1997-08-02 ($14.96) after the first day
    expect(first!.monetaryValue).toBeCloseTo((29.73 + 14.96) / 2, 12);
  });

  it("keeps the calibration summary unchanged when a holdout to 1998-06-30 follows 1997-09-30", () => {
    const plain = rfmSummary(cdnowTransactions(), weeks);
    const split = rfmSummary(cdnowTransactions(), {
      observationEnd: "1998-06-30",
      calibrationEnd: "1997-09-30",
      unit: "week",
    });
    expect(split.map(({ holdoutFrequency, holdoutMonetaryValue, ...rest }) => rest)).toStrictEqual(plain);
    // Every one of the 6,919 purchases days is either a first purchase, a calibration repeat or a
    // holdout purchase day; same-day duplicates removed, the three add up to the distinct days.
    const distinctDays = new Set(cdnowTransactions().map((t) => `${t.customer} ${t.at}`)).size;
    const total = split.reduce((n, r) => n + 1 + r.frequency + r.holdoutFrequency!, 0);
    expect(total).toBe(distinctDays);
  });
});

describe("rfmSummary definitions", () => {
  it("counts purchases on the same day as one purchase and sums their amounts", () => {
    const rows = rfmSummary(
      [
        { customer: "a", at: "2026-03-01", amount: 10 },
        { customer: "a", at: "2026-03-01", amount: 5 },
        { customer: "a", at: "2026-03-04", amount: 7 },
        { customer: "a", at: "2026-03-04", amount: 1 },
      ],
      { observationEnd: "2026-03-10", unit: "day" },
    );
    expect(rows).toStrictEqual([{ customer: "a", frequency: 1, recency: 3, age: 9, monetaryValue: 8 }]);
  });

  it("averages the repeat purchase days only, leaving the first day out", () => {
    const rows = rfmSummary(
      [
        { customer: 7, at: "2026-03-01", amount: 1000 },
        { customer: 7, at: "2026-03-02", amount: 10 },
        { customer: 7, at: "2026-03-05", amount: 30 },
      ],
      { observationEnd: "2026-03-05", unit: "day" },
    );
    expect(rows[0]!.monetaryValue).toBe(20);
  });

  it("counts purchases on observationEnd and ignores those after it", () => {
    const rows = rfmSummary(
      [
        { customer: "a", at: "2026-03-01" },
        { customer: "a", at: "2026-03-08" },
        { customer: "a", at: "2026-03-09" },
        { customer: "b", at: "2026-03-09" },
      ],
      { observationEnd: "2026-03-08", unit: "week" },
    );
    expect(rows).toStrictEqual([{ customer: "a", frequency: 1, recency: 1, age: 1, monetaryValue: undefined }]);
  });

  it("gives age 0 to a customer whose first purchase is on observationEnd", () => {
    const rows = rfmSummary([{ customer: "a", at: "2026-03-08", amount: 3 }], {
      observationEnd: "2026-03-08",
      unit: "week",
    });
    expect(rows).toStrictEqual([{ customer: "a", frequency: 0, recency: 0, age: 0, monetaryValue: undefined }]);
  });

  it("reads Date objects by their UTC calendar day, whatever the time of day", () => {
    const rows = rfmSummary(
      [
        { customer: "a", at: new Date("2026-03-01T23:59:59Z") },
        { customer: "a", at: new Date("2026-03-03T00:00:00Z") },
      ],
      { observationEnd: new Date("2026-03-05T12:00:00Z"), unit: "day" },
    );
    expect(rows[0]).toMatchObject({ recency: 2, age: 4 });
  });

  it('keeps customer ids as given, so 1 and "1" are two customers', () => {
    const rows = rfmSummary(
      [
        { customer: 1, at: "2026-03-01" },
        { customer: "1", at: "2026-03-02" },
      ],
      { observationEnd: "2026-03-05", unit: "day" },
    );
    expect(rows.map((r) => r.customer)).toStrictEqual([1, "1"]);
  });

  it("leaves monetaryValue undefined for every customer when the transactions carry no amounts", () => {
    const rows = rfmSummary(
      [
        { customer: "a", at: "2026-03-01" },
        { customer: "a", at: "2026-03-02" },
      ],
      { observationEnd: "2026-03-05", unit: "day" },
    );
    expect(rows[0]).toStrictEqual({ customer: "a", frequency: 1, recency: 1, age: 4, monetaryValue: undefined });
  });

  it("returns an empty array for an empty log", () => {
    expect(rfmSummary([], weeks)).toStrictEqual([]);
  });
});

describe("rfmSummary with a holdout period", () => {
  const log: RfmTransaction[] = [
    { customer: "a", at: "2026-01-01", amount: 10 },
    { customer: "a", at: "2026-01-05", amount: 20 },
    { customer: "a", at: "2026-01-12", amount: 6 },
    { customer: "a", at: "2026-01-12", amount: 2 },
    { customer: "a", at: "2026-01-20", amount: 4 },
    { customer: "a", at: "2026-02-01", amount: 99 },
    { customer: "b", at: "2026-01-03", amount: 5 },
    { customer: "c", at: "2026-01-15", amount: 5 },
  ];
  const options = { calibrationEnd: "2026-01-10", observationEnd: "2026-01-31", unit: "day" } as const;

  it("summarises the calibration period and reports the holdout's purchase days and their mean amount", () => {
    expect(rfmSummary(log, options)).toStrictEqual([
      {
        customer: "a",
        frequency: 1,
        recency: 4,
        age: 9,
        monetaryValue: 20,
        holdoutFrequency: 2,
        holdoutMonetaryValue: 6,
      },
      {
        customer: "b",
        frequency: 0,
        recency: 0,
        age: 7,
        monetaryValue: undefined,
        holdoutFrequency: 0,
        holdoutMonetaryValue: undefined,
      },
    ]);
  });

  it("leaves out customers whose first purchase falls in the holdout", () => {
    expect(rfmSummary(log, options).map((r) => r.customer)).not.toContain("c");
  });

  it("gives the same answer when the log arrives holdout first", () => {
    expect(rfmSummary([...log].reverse(), options)).toStrictEqual(
      [...rfmSummary(log, options)].sort((x, y) => String(y.customer).localeCompare(String(x.customer))),
    );
  });

  it("has an empty holdout when calibrationEnd is observationEnd", () => {
    const rows = rfmSummary(log, { calibrationEnd: "2026-01-31", observationEnd: "2026-01-31", unit: "day" });
    expect(rows.every((r) => r.holdoutFrequency === 0 && r.holdoutMonetaryValue === undefined)).toBe(true);
  });

  it("reports no holdout amounts when the transactions carry none", () => {
    const rows = rfmSummary(
      log.map(({ customer, at }) => ({ customer, at })),
      options,
    );
    expect(rows[0]).toMatchObject({ holdoutFrequency: 2, holdoutMonetaryValue: undefined });
  });
});

describe("rfmSummary and transaction order", () => {
  const sorted: RfmTransaction[] = [
    { customer: "a", at: "2026-01-01", amount: 1 },
    { customer: "a", at: "2026-01-03", amount: 2 },
    { customer: "a", at: "2026-01-03", amount: 3 },
    { customer: "a", at: "2026-01-06", amount: 4 },
  ];
  const options = { observationEnd: "2026-01-10", unit: "day" } as const;
  const expected = [{ customer: "a", frequency: 2, recency: 5, age: 9, monetaryValue: 4.5 }];

  it("gives the same rows for an array out of date order (read again with a set of days)", () => {
    expect(rfmSummary([sorted[3]!, sorted[1]!, sorted[0]!, sorted[2]!], options)).toStrictEqual(expected);
  });

  describe("an out-of-order log read twice that answers differently the second time", () => {
    /** An iterable that can be read again, giving `first` on the first reading and `second` after. */
    const twice = (first: RfmTransaction[], second: RfmTransaction[]): Iterable<RfmTransaction> => {
      let readings = 0;
      return {
        [Symbol.iterator]: () => {
          // A reading starts at its first `next()` (creating an iterator reads nothing).
          let source: Iterator<RfmTransaction> | undefined;
          return {
            next: () => {
              source ??= (readings++ === 0 ? first : second)[Symbol.iterator]();
              return source.next();
            },
          };
        },
      };
    };
    const outOfOrder = [sorted[3]!, sorted[1]!, sorted[0]!, sorted[2]!];
    const cases: [string, RfmTransaction[]][] = [
      [
        "a transaction before the one out of order changed",
        [{ ...sorted[3]!, at: "2026-01-07" }, ...outOfOrder.slice(1)],
      ],
      ["a customer before it changed", [{ ...sorted[3]!, customer: "b" }, ...outOfOrder.slice(1)]],
      ["an amount before it changed", [{ ...sorted[3]!, amount: 5 }, ...outOfOrder.slice(1)]],
      ["the amounts are gone", outOfOrder.map(({ customer, at }) => ({ customer, at }))],
      ["the transaction out of order changed", [sorted[3]!, { ...sorted[1]!, at: "2026-01-02" }]],
      ["it ends before the transaction out of order", [sorted[3]!]],
    ];
    it("throws inconsistent when a day before the one out of order moved across calibrationEnd", () => {
      // Read alone, the first reading gives frequency 2 and holdoutFrequency 1, the second 1 and 2.
      const day = (at: string): RfmTransaction => ({ customer: "a", at });
      const first = [day("2026-01-01"), day("2026-01-05"), day("2026-01-10"), day("2026-01-03")];
      const second = [day("2026-01-01"), day("2026-01-07"), day("2026-01-10"), day("2026-01-03")];
      const withHoldout = { ...options, calibrationEnd: "2026-01-06" };
      expectCxError(() => rfmSummary(twice(first, second), withHoldout), {
        code: "inconsistent",
        field: "transactions",
      });
      expect(rfmSummary(twice(first, [...first]), withHoldout)[0]).toMatchObject({
        frequency: 2,
        holdoutFrequency: 1,
      });
    });

    it.each(cases)("throws inconsistent naming transactions when %s", (_, second) => {
      const error = expectCxError(() => rfmSummary(twice(outOfOrder, second), options), {
        code: "inconsistent",
        field: "transactions",
      });
      expect(error.message).toContain("read the same each time");
    });

    it("gives the rows when it answers the same", () => {
      expect(rfmSummary(twice(outOfOrder, [...outOfOrder]), options)).toStrictEqual(expected);
    });
  });

  it("reads a generator in date order in one pass", () => {
    function* log(): Generator<RfmTransaction> {
      yield* sorted;
    }
    expect(rfmSummary(log(), options)).toStrictEqual(expected);
  });

  it("throws inconsistent for a generator out of date order, which cannot be read twice", () => {
    function* log(): Generator<RfmTransaction> {
      yield sorted[3]!;
      yield sorted[0]!;
    }
    const error = expectCxError(() => rfmSummary(log(), options), { code: "inconsistent", field: "transactions" });
    expect(error.message).toContain("date order");
  });

  it("finds numeric ids however large, negative or fractional, among thousands of small ones", () => {
    const odd = [5000, 1e15, -3, 2.5];
    const log = [
      ...odd.map((customer) => ({ customer, at: "2026-01-01" })),
      ...Array.from({ length: 6000 }, (_, customer) => ({ customer: customer + 10_000, at: "2026-01-01" })),
      ...Array.from({ length: 6000 }, (_, customer) => ({ customer, at: "2026-01-02" })),
      ...odd.map((customer) => ({ customer, at: "2026-01-03" })),
    ];
    const rows = rfmSummary(log, options);
    expect(rows.length).toBe(4 + 6000 + 6000 - 1); // 5000 is among 0 to 5999
    for (const customer of odd)
      expect(rows.find((r) => r.customer === customer)?.frequency, String(customer)).toBe(customer === 5000 ? 2 : 1);
  });

  it("gives the same rows without amounts for an array out of date order", () => {
    const plain = sorted.map(({ customer, at }) => ({ customer, at }));
    expect(rfmSummary([plain[3]!, plain[1]!, plain[0]!, plain[2]!], options)).toStrictEqual([
      { ...expected[0]!, monetaryValue: undefined },
    ]);
  });

  it("grows its per-customer storage past its first allocation", () => {
    const log = Array.from({ length: 3000 }, (_, i) => ({
      customer: i,
      at: i % 2 === 0 ? "2026-01-01" : "2026-01-02",
    }));
    const rows = rfmSummary(log, options);
    expect(rows.length).toBe(3000);
    expect(rows[2999]).toStrictEqual({ customer: 2999, frequency: 0, recency: 0, age: 8, monetaryValue: undefined });
  });
});

describe("rfmSummary bad data", () => {
  const options = { observationEnd: "2026-01-10", unit: "day" } as const;
  const ok = { customer: "a", at: "2026-01-01" };

  it("validates the options before the log", () => {
    expectCxError(() => rfmSummary(null as never, { observationEnd: "2026-13-01", unit: "day" }), {
      code: "out-of-range",
      field: "options.observationEnd",
      metric: "rfmSummary",
    });
  });

  it("requires observationEnd and unit, and rejects unknown options and units", () => {
    expectCxError(() => rfmSummary([ok], { unit: "day" } as never), {
      code: "wrong-type",
      field: "options.observationEnd",
    });
    expectCxError(() => rfmSummary([ok], { observationEnd: "2026-01-10" } as never), {
      code: "wrong-type",
      field: "options.unit",
    });
    expectCxError(() => rfmSummary([ok], { ...options, unit: "month" } as never), {
      code: "out-of-range",
      field: "options.unit",
    });
    const error = expectCxError(() => rfmSummary([ok], { ...options, calibrationDate: "2026-01-05" } as never), {
      code: "unknown-field",
      field: "options.calibrationDate",
    });
    expect(error.message).toContain("calibrationEnd");
  });

  it("rejects a calibrationEnd after observationEnd as inconsistent", () => {
    expectCxError(() => rfmSummary([ok], { ...options, calibrationEnd: "2026-01-11" }), {
      code: "inconsistent",
      field: "options.calibrationEnd",
    });
  });

  it("names the transaction and field at fault", () => {
    expectCxError(() => rfmSummary(5 as never, options), { code: "wrong-type", field: "transactions" });
    expectCxError(() => rfmSummary([ok, null] as never, options), { code: "wrong-type", field: "transactions[1]" });
    expectCxError(() => rfmSummary([ok, { ...ok, customer: null }] as never, options), {
      code: "wrong-type",
      field: "transactions[1].customer",
    });
    expectCxError(() => rfmSummary([{ ...ok, customer: Number.NaN }], options), {
      code: "wrong-type",
      field: "transactions[0].customer",
    });
    expectCxError(() => rfmSummary([ok, { ...ok, at: "2026-1-2" }], options), {
      code: "wrong-type",
      field: "transactions[1].at",
    });
    expectCxError(() => rfmSummary([{ ...ok, at: "2026-02-30" }], options), {
      code: "out-of-range",
      field: "transactions[0].at",
    });
    expectCxError(() => rfmSummary([{ ...ok, amount: -1 }], options), {
      code: "negative",
      field: "transactions[0].amount",
    });
    expectCxError(() => rfmSummary([{ ...ok, amount: Number.NaN }], options), {
      code: "not-a-number",
      field: "transactions[0].amount",
    });
    expectCxError(() => rfmSummary([{ ...ok, amuont: 3 }] as never, options), {
      code: "unknown-field",
      field: "transactions[0].amuont",
    });
  });

  it("validates transactions after observationEnd too", () => {
    expectCxError(() => rfmSummary([ok, { ...ok, at: "2027-01-01", amount: -5 }], options), {
      code: "inconsistent",
      field: "transactions[1].amount",
    });
    expectCxError(() => rfmSummary([{ ...ok, at: "2027-01-01", amount: -5 }], options), {
      code: "negative",
      field: "transactions[0].amount",
    });
  });

  it("rejects amounts on some transactions only, in either order", () => {
    expectCxError(() => rfmSummary([ok, { ...ok, amount: 3 }], options), {
      code: "inconsistent",
      field: "transactions[1].amount",
    });
    expectCxError(() => rfmSummary([{ ...ok, amount: 3 }, ok], options), {
      code: "inconsistent",
      field: "transactions[1].amount",
    });
  });
});
