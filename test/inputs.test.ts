// Input shapes at the edges of each reader: bad values in every position a fast path reads,
// iterables rather than arrays, strings where a collection belongs, array-likes with elements past
// their length, scales at the limit of their span.
import { describe, expect, it } from "vitest";
import { ces, computeNps, csat, type CxMetricsErrorCode, expansionMrr, healthScore, mrr, mrrMovements, tally } from "../src/index.js";
import { expectCxError } from "./helpers/errors.js";

describe("raw scores and ratings", () => {
  it("rejects a non-number in the four-at-a-time steps of an array, not only in its tail", () => {
    for (let at = 0; at < 8; at++) {
      const scores: unknown[] = new Array(8).fill(9);
      scores[at] = "9";
      expectCxError(() => computeNps(scores as number[]), { code: "wrong-type", field: `scores[${at}]` });
    }
  });

  it("rejects bad scores and ratings from iterables with the code that names the fault", () => {
    const cases: [unknown, CxMetricsErrorCode][] = [
      [6.5, "not-integer"],
      [-1, "out-of-range"],
      [9n, "wrong-type"],
      ["9", "wrong-type"],
      [NaN, "not-a-number"],
    ];
    for (const [bad, code] of cases) {
      expectCxError(() => computeNps(new Set([9, bad]) as Set<number>), { code, field: "scores[1]" });
      expectCxError(() => csat(new Set([4, bad === -1 ? 0 : bad]) as Set<number>), { code, field: "ratings[1]" });
      expectCxError(() => ces(new Set([4, bad === -1 ? 0 : bad]) as Set<number>), { code, field: "ratings[1]" });
    }
  });

  it("rejects a numeric string from an iterable even where its number would be on the scale", () => {
    expectCxError(() => csat(new Set([4, "4"]) as Set<number>), { code: "wrong-type", field: "ratings[1]" });
    expectCxError(() => tally(new Set([4, "4"]) as Set<number>, { scale: { min: 1, max: 5 } }), { code: "wrong-type", field: "ratings[1]" });
  });

  it("reads an array-like up to its length, not beyond", () => {
    const ratings = { length: 2, 0: 7, 1: 7, 2: 1 };
    expect(ces(ratings)).toMatchObject({ responses: 2, mean: 7 });
    expect(tally(ratings, { scale: { min: 1, max: 7 } }).counts).toEqual([0, 0, 0, 0, 0, 0, 2]);
  });

  it("takes a scale spanning up to 1,000 points anywhere on the line, and no wider", () => {
    expect(csat([700, 650], { scale: { min: 600, max: 700 } })).toBe(50);
    expect(csat([1], { scale: { min: -500, max: 500 } })).toBe(0);
    expectCxError(() => csat([1], { scale: { min: -600, max: 600 } }), { code: "inconsistent", field: "options.scale.max" });
  });

  it("rejects null and primitives where ratings belong", () => {
    expectCxError(() => ces(null as never), { code: "wrong-type", field: "ratings" });
    expectCxError(() => csat("5" as never), { code: "wrong-type", field: "ratings" });
  });
});

describe("collections of records", () => {
  it("rejects a string or a number where a collection belongs", () => {
    expectCxError(() => mrr("subscriptions" as never), { code: "wrong-type", field: "subscriptions" });
    expectCxError(() => mrr(5 as never), { code: "wrong-type", field: "subscriptions" });
    expectCxError(() => mrr(null as never), { code: "wrong-type", field: "subscriptions" });
    expectCxError(() => healthScore(null as never), { code: "wrong-type", field: "components" });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: null as never }), {
      code: "wrong-type",
      field: "formerCustomers",
    });
    expectCxError(() => healthScore("components" as never), { code: "wrong-type", field: "components" });
    expectCxError(() => mrrMovements({ previous: {}, current: {}, formerCustomers: "c1" as never }), {
      code: "wrong-type",
      field: "formerCustomers",
    });
  });

  it("takes snapshots when either is given, and then needs both", () => {
    expectCxError(() => expansionMrr({ current: { c1: 5 } } as never), { code: "wrong-type", field: "previous" });
    expectCxError(() => expansionMrr({ previous: { c1: 5 } } as never), { code: "wrong-type", field: "current" });
  });

  it("needs a whole number of intervals", () => {
    expectCxError(() => mrr([{ amount: 10, interval: "month", intervalCount: 1.5 }]), {
      code: "not-integer",
      field: "subscriptions[0].intervalCount",
    });
  });

  it("normalises a component given only one bound only with both, and allows fractional bounds and values", () => {
    expectCxError(() => healthScore([{ value: 5, weight: 1, max: 10 } as never]), { code: "wrong-type", field: "components[0].min" });
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 0 } as never]), { code: "wrong-type", field: "components[0].max" });
    expect(healthScore([{ value: 2.5, weight: 1, min: 0.5, max: 4.5 }])).toBe(50);
  });
});
