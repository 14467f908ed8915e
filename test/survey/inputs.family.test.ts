// The input model every survey function shares: raw scores or ratings from any collection, a tally
// of them, or (where the function has one) counts by category. The same answers give the same
// result in every form, and bad answers are rejected with the same code in every form.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CxMetricsErrorCode,
  ces,
  compareNps,
  computeNps,
  csat,
  mergeTallies,
  npsInterval,
  type RatingTally,
  tally,
} from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { split } from "../helpers/split.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });
const empty: RatingTally = { min: 0, max: 10, counts: new Array<number>(11).fill(0) };

describe("raw answers, their tally and merged tallies", () => {
  it("give every survey metric the same result, for any split into merged tallies (property)", () => {
    fc.assert(
      fc.property(scores, fc.array(fc.nat(), { maxLength: 4 }), (s, cuts) => {
        const merged = mergeTallies(split(s, cuts).map((p) => tally(p)));
        expect(computeNps(merged)).toStrictEqual(computeNps(s));
        expect(npsInterval(merged)).toStrictEqual(npsInterval(s));
        expect(compareNps(merged, [10, 0, 7])).toStrictEqual(compareNps(s, [10, 0, 7]));
        const fives = s.map((x) => 1 + (x % 5));
        expect(csat(tally(fives, { scale: { min: 1, max: 5 } }))).toBe(csat(fives));
        const sevens = s.map((x) => 1 + (x % 7));
        expect(ces(tally(sevens, { scale: { min: 1, max: 7 } }))).toStrictEqual(ces(sevens));
        expect(csat(merged, { scale: { min: 0, max: 10 } })).toBe(csat(s, { scale: { min: 0, max: 10 } }));
      }),
    );
  });
});

describe("tallies as input", () => {
  it("are read on their own scale", () => {
    const t = tally([7, 6, 2], { scale: { min: 1, max: 7 } });
    expect(csat(t)).toBe(csat([7, 6, 2], { scale: { min: 1, max: 7 } }));
  });

  it("are rejected on another scale than the one asked for", () => {
    const t = tally([7, 6, 2], { scale: { min: 1, max: 7 } });
    // The bound that differs is named: 1 to 7 against 1 to 5 differs in max.
    expectCxError(() => csat(t, { scale: { min: 1, max: 5 } }), { code: "inconsistent", field: "tally.max" });
    expectCxError(() => computeNps(t), { code: "inconsistent", field: "tally.min", metric: "computeNps" });
    expectCxError(() => ces(tally([1, 2]), { scale: { min: 1, max: 7 } }), {
      code: "inconsistent",
      field: "tally.min",
    });
  });

  it("are rejected when malformed: wrong length, counts not an array, bad counts, a scale upside down", () => {
    // Counts of the wrong length contradict the scale.
    expectCxError(() => computeNps({ min: 0, max: 10, counts: [1, 2] }), {
      code: "inconsistent",
      field: "tally.counts",
    });
    expectCxError(() => computeNps({ min: 0, max: 10, counts: "x" } as never), {
      code: "wrong-type",
      field: "tally.counts",
    });
    expectCxError(() => computeNps({ ...empty, counts: [...empty.counts.slice(0, 10), 1.5] }), {
      code: "not-integer",
      field: "tally.counts[10]",
    });
    expectCxError(() => csat({ min: 1, max: 5, counts: [1, 1, 1, 1, -1] }), {
      code: "negative",
      field: "tally.counts[4]",
    });
    expectCxError(() => csat({ min: 5, max: 1, counts: [] }), { code: "inconsistent", field: "tally.max" });
  });

  it(
    "are rejected when their counts add up to more than MAX_COUNT: " +
      "computeNps names its responses, csat the counts",
    () => {
      const overflow = [9e13, 9e13, 0, 0, 0, 0, 0, 0, 0, 0, 0];
      expectCxError(() => computeNps({ ...empty, counts: overflow }), { code: "out-of-range", field: "responses" });
      expectCxError(() => csat({ min: 0, max: 10, counts: overflow }), { code: "out-of-range", field: "tally.counts" });
    },
  );
});

describe("raw answers from iterables", () => {
  it("are rejected when bad, with the code that names the fault, by computeNps, csat and ces alike", () => {
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
});

describe("inputs that are no collection", () => {
  it("are rejected as the ratings: null and primitives", () => {
    expectCxError(() => ces(null as never), { code: "wrong-type", field: "ratings" });
    expectCxError(() => csat("5" as never), { code: "wrong-type", field: "ratings" });
  });
});
