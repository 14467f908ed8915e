import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  grossMrrChurnRate,
  grossRevenueRetention,
  mrr,
  type MrrMovements,
  mrrMovements,
  netMrrChurnRate,
  netRevenueRetention,
  quickRatio,
} from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

const zero = { newMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0, reactivationMrr: 0 };

describe("mrrMovements: worked cases after the vendors' published definitions", () => {
  it("a yearly plan joining counts one twelfth a month as new MRR, never twelve months at once", () => {
    const current = new Map([["acme", mrr([{ amount: 1200, interval: "year" }])]]);
    expect(mrrMovements({ previous: {}, current })).toStrictEqual({
      startingMrr: 0,
      endingMrr: 100,
      ...zero,
      newMrr: 100,
      netNewMrr: 100,
    });
  });

  it("a seat added is expansion", () => {
    const before = mrr([{ amount: 20, interval: "month", quantity: 5 }]);
    const after = mrr([{ amount: 20, interval: "month", quantity: 6 }]);
    expect(mrrMovements({ previous: { acme: before }, current: { acme: after } })).toMatchObject({ ...zero, expansionMrr: 20 });
  });

  it("a downgrade is contraction, not churn", () => {
    expect(mrrMovements({ previous: { acme: 300 }, current: { acme: 100 } })).toMatchObject({ ...zero, contractionMrr: 200 });
  });

  it("cancelling one of two subscriptions is contraction; the customer still pays", () => {
    const both = mrr([
      { amount: 50, interval: "month" },
      { amount: 30, interval: "month" },
    ]);
    const one = mrr([{ amount: 50, interval: "month" }]);
    expect(mrrMovements({ previous: { acme: both }, current: { acme: one } })).toMatchObject({ ...zero, contractionMrr: 30 });
  });

  it("a full cancellation is churn, subtracted once, whether the customer is absent or at 0", () => {
    const m = mrrMovements({ previous: { acme: 80, globex: 40 }, current: { globex: 0 } });
    expect(m).toMatchObject({ ...zero, churnedMrr: 120, startingMrr: 120, endingMrr: 0, netNewMrr: -120 });
  });

  it("a return after a gap is a reactivation, not new, when the customer paid before", () => {
    const m = mrrMovements({ previous: { globex: 0 }, current: { acme: 60, globex: 45, hooli: 10 }, formerCustomers: new Set(["acme"]) });
    expect(m).toMatchObject({ reactivationMrr: 105, newMrr: 10, churnedMrr: 0 });
  });

  it("an unchanged customer moves nothing", () => {
    expect(mrrMovements({ previous: { acme: 99 }, current: { acme: 99 } })).toStrictEqual({
      startingMrr: 99,
      endingMrr: 99,
      ...zero,
      netNewMrr: 0,
    });
  });
});

const snapshot = fc.dictionary(
  fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1e5, noNaN: true })),
);
const movements = fc
  .record({ previous: snapshot, current: snapshot, former: fc.subarray(["a", "b", "c", "d", "e", "f", "g", "h"]) })
  .map(({ previous, current, former }) => mrrMovements({ previous, current, formerCustomers: former }));

describe("mrrMovements properties", () => {
  it("ending = starting + new + expansion + reactivation - contraction - churned, and no movement is negative", () => {
    fc.assert(
      fc.property(movements, (m) => {
        const rebuilt = m.startingMrr + m.newMrr + m.expansionMrr + m.reactivationMrr - m.contractionMrr - m.churnedMrr;
        expect(Math.abs(rebuilt - m.endingMrr)).toBeLessThanOrEqual(1e-9 * Math.max(1, m.endingMrr, m.startingMrr));
        for (const key of ["newMrr", "expansionMrr", "contractionMrr", "churnedMrr", "reactivationMrr"] as const) {
          expect(m[key]).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("swapping previous and current swaps new with churned and expansion with contraction", () => {
    const positive = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), fc.integer({ min: 1, max: 1e6 }));
    fc.assert(
      fc.property(positive, positive, (previous, current) => {
        const forward = mrrMovements({ previous, current });
        const back = mrrMovements({ previous: current, current: previous });
        expect(back.newMrr).toBe(forward.churnedMrr);
        expect(back.churnedMrr).toBe(forward.newMrr);
        expect(back.expansionMrr).toBe(forward.contractionMrr);
        expect(back.contractionMrr).toBe(forward.expansionMrr);
      }),
    );
  });

  it("NRR = 100 - net MRR churn without reactivation; GRR <= NRR and GRR <= 100; scaling every MRR by k changes no rate", () => {
    const positive = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), fc.integer({ min: 1, max: 1e6 }));
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 2, max: 1000 }), (previous, current, k) => {
        const m = mrrMovements({ previous, current });
        fc.pre(m.startingMrr > 0);
        const nrr = netRevenueRetention(m)!;
        expect(nrr).toBeCloseTo(100 - netMrrChurnRate(m)!, 9);
        expect(grossRevenueRetention(m)!).toBeLessThanOrEqual(nrr + 1e-9);
        expect(grossRevenueRetention(m)!).toBeLessThanOrEqual(100);
        expect(grossRevenueRetention(m)!).toBeCloseTo(100 - grossMrrChurnRate(m)!, 9);
        const scale = (s: Record<string, number>): Record<string, number> =>
          Object.fromEntries(Object.entries(s).map(([id, v]) => [id, k * v]));
        const big = mrrMovements({ previous: scale(previous), current: scale(current) });
        for (const rate of [netRevenueRetention, grossRevenueRetention, netMrrChurnRate, grossMrrChurnRate]) {
          expect(rate(big)).toBeCloseTo(rate(m)!, 9);
        }
        const q = quickRatio(m);
        if (q !== undefined) expect(quickRatio(big)).toBeCloseTo(q, 9);
      }),
    );
  });

  it("agrees with expansionMrr for the expansion movement", async () => {
    const { expansionMrr } = await import("../../src/index.js");
    fc.assert(
      fc.property(snapshot, snapshot, (previous, current) => {
        expect(mrrMovements({ previous, current }).expansionMrr).toBeCloseTo(expansionMrr({ previous, current }), 6);
      }),
    );
  });
});

describe("revenue rates from movements", () => {
  const m: MrrMovements = mrrMovements({
    previous: { a: 5000, b: 3000, c: 2000 },
    current: { a: 5900, b: 2700, d: 1200, e: 100 },
    formerCustomers: ["e"],
  });

  it("reads the result of mrrMovements", () => {
    expect(m).toMatchObject({ startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 2000, newMrr: 1200, reactivationMrr: 100 });
    expect(grossMrrChurnRate(m)).toBe(23);
    expect(netMrrChurnRate(m)).toBe(13);
    expect(netRevenueRetention(m)).toBe(86);
    expect(grossRevenueRetention(m)).toBe(77);
    expect(quickRatio(m)).toBe(2200 / 2300);
  });

  it("goes negative for net churn when expansion outgrows losses, and NRR passes 100", () => {
    const input = { startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 500 };
    expect(netMrrChurnRate(input)).toBe(-1);
    expect(netRevenueRetention(input)).toBe(101);
  });

  it("returns undefined for zero starting MRR, and a quick ratio of undefined when nothing was lost", () => {
    const empty = { startingMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0, newMrr: 50 };
    expect(grossMrrChurnRate(empty)).toBeUndefined();
    expect(netMrrChurnRate(empty)).toBeUndefined();
    expect(netRevenueRetention(empty)).toBeUndefined();
    expect(grossRevenueRetention(empty)).toBeUndefined();
    expect(quickRatio(empty)).toBeUndefined();
  });

  it("rejects contraction and churn beyond the starting MRR, negative or missing amounts", () => {
    expectCxError(() => grossRevenueRetention({ startingMrr: 100, contractionMrr: 60, churnedMrr: 50 }), {
      code: "inconsistent",
      field: "churnedMrr",
    });
    expectCxError(() => netRevenueRetention({ startingMrr: 100, expansionMrr: -1, contractionMrr: 0, churnedMrr: 0 }), {
      code: "negative",
      field: "expansionMrr",
    });
    expectCxError(() => quickRatio({ newMrr: 1, expansionMrr: 1, contractionMrr: NaN, churnedMrr: 1 }), {
      code: "not-a-number",
      field: "contractionMrr",
    });
    expectCxError(() => grossMrrChurnRate({ startingMrr: 100, churnedMrr: 5 } as never), { code: "wrong-type", field: "contractionMrr" });
    expectCxError(() => quickRatio({ newMrr: 1e308, expansionMrr: 1e308, contractionMrr: 1e-300, churnedMrr: 0 }), {
      code: "out-of-range",
      field: "input",
    });
  });
});

describe("mrrMovements bad input", () => {
  it("rejects negative MRR, NaN, ids that are not strings and bad former-customer lists", () => {
    expectCxError(() => mrrMovements({ previous: { a: -5 }, current: {} }), { code: "negative", field: 'previous["a"]' });
    expectCxError(() => mrrMovements({ previous: {}, current: { b: NaN } }), { code: "not-a-number", field: 'current["b"]' });
    expectCxError(() => mrrMovements({ previous: new Map([[1 as never, 5]]), current: {} }), { code: "wrong-type", field: "previous key" });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: ["a", 3 as never] }), {
      code: "wrong-type",
      field: "formerCustomers[1]",
    });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: "abc" as never }), {
      code: "wrong-type",
      field: "formerCustomers",
    });
    expectCxError(() => mrrMovements(null as never), { code: "wrong-type", field: "input" });
    const error = caught(() => mrrMovements({ previous: { a: 1e308, b: 1e308 }, current: {} }));
    expect([error.code, error.field]).toEqual(["out-of-range", "current"]);
  });
});
