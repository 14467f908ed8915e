import { describe, expect, it } from "vitest";
import { mrr, mrrMovements } from "../../src/index.js";
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
    expect(mrrMovements({ previous: { acme: before }, current: { acme: after } })).toMatchObject({
      ...zero,
      expansionMrr: 20,
    });
  });

  it("a downgrade is contraction, not churn", () => {
    expect(mrrMovements({ previous: { acme: 300 }, current: { acme: 100 } })).toMatchObject({
      ...zero,
      contractionMrr: 200,
    });
  });

  it("cancelling one of two subscriptions is contraction; the customer still pays", () => {
    const both = mrr([
      { amount: 50, interval: "month" },
      { amount: 30, interval: "month" },
    ]);
    const one = mrr([{ amount: 50, interval: "month" }]);
    expect(mrrMovements({ previous: { acme: both }, current: { acme: one } })).toMatchObject({
      ...zero,
      contractionMrr: 30,
    });
  });

  it("a full cancellation is churn, subtracted once, whether the customer is absent or at 0", () => {
    const m = mrrMovements({ previous: { acme: 80, globex: 40 }, current: { globex: 0 } });
    expect(m).toMatchObject({ ...zero, churnedMrr: 120, startingMrr: 120, endingMrr: 0, netNewMrr: -120 });
  });

  it("a return after a gap is a reactivation, not new, when the customer paid before", () => {
    const m = mrrMovements({ previous: {}, current: { acme: 60, hooli: 10 }, formerCustomers: new Set(["acme"]) });
    expect(m).toMatchObject({ reactivationMrr: 60, newMrr: 10, churnedMrr: 0 });
  });

  it(
    "a customer listed at 0 before (a trial, a free plan) " + "who starts paying is new business, not a reactivation",
    () => {
      // ChartMogul, Baremetrics and ProfitWell count a converted trial as new MRR.
      const m = mrrMovements({ previous: { globex: 0 }, current: { globex: 45 } });
      expect(m).toMatchObject({ newMrr: 45, reactivationMrr: 0, startingMrr: 0, endingMrr: 45 });
    },
  );

  it("an unchanged customer moves nothing", () => {
    expect(mrrMovements({ previous: { acme: 99 }, current: { acme: 99 } })).toStrictEqual({
      startingMrr: 99,
      endingMrr: 99,
      ...zero,
      netNewMrr: 0,
    });
  });

  it("sorts a period of every kind of movement: the guide's example", () => {
    const m = mrrMovements({
      previous: { a: 5000, b: 3000, c: 2000 },
      current: { a: 5900, b: 2700, d: 1200, e: 100 },
      formerCustomers: ["e"],
    });
    expect(m).toStrictEqual({
      startingMrr: 10000,
      endingMrr: 9900,
      newMrr: 1200,
      expansionMrr: 900,
      contractionMrr: 300,
      churnedMrr: 2000,
      reactivationMrr: 100,
      netNewMrr: -100,
    });
  });
});

describe("mrrMovements bad input", () => {
  it("rejects a negative MRR or NaN, naming the customer", () => {
    expectCxError(() => mrrMovements({ previous: { a: -5 }, current: {} }), {
      code: "negative",
      field: 'previous["a"]',
    });
    expectCxError(() => mrrMovements({ previous: {}, current: { b: NaN } }), {
      code: "not-a-number",
      field: 'current["b"]',
    });
  });

  it("rejects customer ids that are not strings", () => {
    expectCxError(() => mrrMovements({ previous: new Map([[1 as never, 5]]), current: {} }), {
      code: "wrong-type",
      field: "previous key",
    });
  });

  it("rejects former-customer lists that are not iterables of ids", () => {
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: ["a", 3 as never] }), {
      code: "wrong-type",
      field: "formerCustomers[1]",
    });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: "abc" as never }), {
      code: "wrong-type",
      field: "formerCustomers",
    });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: "c1" as never }), {
      code: "wrong-type",
      field: "formerCustomers",
    });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: null as never }), {
      code: "wrong-type",
      field: "formerCustomers",
    });
  });

  it("rejects an input that is not an object", () => {
    expectCxError(() => mrrMovements(null as never), { code: "wrong-type", field: "input" });
  });

  it("rejects snapshots whose total is not finite", () => {
    const error = caught(() => mrrMovements({ previous: { a: 1e308, b: 1e308 }, current: {} }));
    expect([error.code, error.field]).toEqual(["out-of-range", "previous"]);
  });

  it("rejects an ending total that is not finite, naming the current snapshot", () => {
    // 1e308 + 1e308 is past the largest double (about 1.8e308)
    const current = { a: 1e308, b: 1e308 };
    const error = expectCxError(() => mrrMovements({ previous: {}, current }), {
      code: "out-of-range",
      field: "current",
    });
    expect(error.received).toBe(current);
  });

  it("rejects an infinite amount as not finite, naming the customer, in a Map or an object", () => {
    expectCxError(() => mrrMovements({ previous: { a: Infinity }, current: {} }), {
      code: "not-finite",
      field: 'previous["a"]',
    });
    expectCxError(() => mrrMovements({ previous: {}, current: new Map([["b", Infinity]]) }), {
      code: "not-finite",
      field: 'current["b"]',
    });
  });

  it("rejects a getter in a snapshot object as a wrong type, naming the customer", () => {
    const previous = Object.defineProperty({}, "acme", { get: () => 100, enumerable: true });
    const error = expectCxError(() => mrrMovements({ previous, current: { acme: 100 } }), {
      code: "wrong-type",
      field: 'previous["acme"]',
    });
    expect(error.expected).toBe("an amount (a data property, not a getter)");
  });

  it("says a snapshot must be a Map or an object of amounts", () => {
    const error = expectCxError(() => mrrMovements({ previous: {}, current: "acme" as never }), {
      code: "wrong-type",
      field: "current",
    });
    expect(error.expected).toBe("a Map or an object of amounts by customer id");
  });
});
