import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ces,
  compareNps,
  computeNps,
  csat,
  mergeTallies,
  npsInterval,
  type RatingTally,
  tally,
  tallyFromRows,
} from "../../src/index.js";
import { badCount, caught, expectCxError } from "../helpers/errors.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });
const empty: RatingTally = { min: 0, max: 10, counts: new Array<number>(11).fill(0) };

/** Splits an array at the given cut points (any order), into contiguous pieces. */
function split<T>(items: T[], cuts: number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const pieces: T[][] = [];
  let start = 0;
  for (const p of [...points, items.length]) {
    pieces.push(items.slice(start, p));
    start = p;
  }
  return pieces;
}

describe("tally", () => {
  it("counts ratings by value on the scale, 0-10 by default", () => {
    expect(tally([10, 9, 9, 3])).toStrictEqual({ min: 0, max: 10, counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1] });
    expect(tally(new Uint8Array([1, 5, 5]), { scale: { min: 1, max: 5 } })).toStrictEqual({ min: 1, max: 5, counts: [1, 0, 0, 0, 2] });
    expect(tally([])).toStrictEqual(empty);
    expectCxError(() => tally([11]), { code: "out-of-range", field: "ratings[0]", metric: "tally" });
  });

  it("merging tallies equals tallying the concatenation, for any split (property)", () => {
    fc.assert(
      fc.property(scores, fc.array(fc.nat(), { maxLength: 5 }), (s, cuts) => {
        const pieces = split(s, cuts).map((p) => tally(p));
        expect(mergeTallies(pieces)).toStrictEqual(tally(s));
      }),
    );
  });

  it("merge is associative and commutative, with the empty tally as identity (property)", () => {
    fc.assert(
      fc.property(scores, scores, scores, (a, b, c) => {
        const [ta, tb, tc] = [tally(a), tally(b), tally(c)];
        expect(mergeTallies([mergeTallies([ta, tb]), tc])).toStrictEqual(mergeTallies([ta, mergeTallies([tb, tc])]));
        expect(mergeTallies([ta, tb])).toStrictEqual(mergeTallies([tb, ta]));
        expect(mergeTallies([ta, empty])).toStrictEqual(ta);
        expect(mergeTallies([ta])).toStrictEqual(ta);
      }),
    );
  });

  it("every survey metric gives the same result from raw responses, their tally and any split into merged tallies (property)", () => {
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

  it("uses the tally's own scale, and rejects a tally on another scale than the one asked for", () => {
    const t = tally([7, 6, 2], { scale: { min: 1, max: 7 } });
    expect(csat(t)).toBe(csat([7, 6, 2], { scale: { min: 1, max: 7 } }));
    expectCxError(() => csat(t, { scale: { min: 1, max: 5 } }), { code: "inconsistent", field: "tally.min" });
    expectCxError(() => computeNps(t), { code: "inconsistent", field: "tally.min", metric: "computeNps" });
    expectCxError(() => ces(tally([1, 2]), { scale: { min: 1, max: 7 } }), { code: "inconsistent", field: "tally.min" });
  });

  it("rejects malformed tallies: wrong length, bad counts, counts that overflow", () => {
    expectCxError(() => computeNps({ min: 0, max: 10, counts: [1, 2] }), { code: "wrong-type", field: "tally.counts" });
    expectCxError(() => computeNps({ min: 0, max: 10, counts: "x" } as never), { code: "wrong-type", field: "tally.counts" });
    expectCxError(() => computeNps({ ...empty, counts: [...empty.counts.slice(0, 10), 1.5] }), {
      code: "not-integer",
      field: "tally.counts[10]",
    });
    expectCxError(() => csat({ min: 1, max: 5, counts: [1, 1, 1, 1, -1] }), { code: "negative", field: "tally.counts[4]" });
    expectCxError(() => csat({ min: 5, max: 1, counts: [] }), { code: "inconsistent", field: "tally.max" });
    // Counts that are each valid but add up to more than the largest count: computeNps names its
    // total of responses, csat and mergeTallies the tally's counts.
    const overflow = [9e13, 9e13, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expectCxError(() => computeNps({ ...empty, counts: overflow }), { code: "out-of-range", field: "responses" });
    expectCxError(() => csat({ min: 0, max: 10, counts: overflow }), { code: "out-of-range", field: "tally.counts" });
    expectCxError(() => mergeTallies([{ ...empty, counts: overflow }]), { code: "out-of-range", field: "tallies[0].counts" });
  });
});

describe("mergeTallies", () => {
  it("rejects tallies of different scales, no tallies, and totals beyond a count", () => {
    expectCxError(() => mergeTallies([tally([1]), tally([1], { scale: { min: 1, max: 5 } })]), {
      code: "inconsistent",
      field: "tallies[1].min",
    });
    expectCxError(() => mergeTallies([]), { code: "wrong-type", field: "tallies" });
    expectCxError(() => mergeTallies(7 as never), { code: "wrong-type", field: "tallies" });
    const big = { ...empty, counts: [6e13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expectCxError(() => mergeTallies([big, big]), { code: "inconsistent", field: "tallies[1]" });
    expect(mergeTallies(new Set([tally([5]), tally([5])])).counts[5]).toBe(2);
  });
});

describe("tallyFromRows", () => {
  it("builds a tally from GROUP BY rows with number or bigint counts, adding duplicates", () => {
    const rows = [
      { score: 10, count: 3n },
      { score: 6, count: 1 },
      { score: 10, count: 2n },
    ];
    expect(tallyFromRows(rows).counts).toStrictEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 5]);
    expect(tallyFromRows([{ rating: 4, n: 7n }], { scale: { min: 1, max: 5 }, scoreField: "rating", countField: "n" })).toStrictEqual({
      min: 1,
      max: 5,
      counts: [0, 0, 0, 7, 0],
    });
    expect(tallyFromRows([])).toStrictEqual(empty);
  });

  it("rejects counts beyond 2^53 / 100 rather than rounding them, and every other bad count", () => {
    expectCxError(() => tallyFromRows([{ score: 1, count: 2n ** 60n }]), { code: "out-of-range", field: "rows[0].count" });
    expectCxError(() => tallyFromRows([{ score: 1, count: -1n }]), { code: "negative", field: "rows[0].count" });
    expectCxError(() => tallyFromRows([{ score: 1, count: "12" }]), { code: "wrong-type", field: "rows[0].count" });
    expectCxError(() => tallyFromRows([{ score: 1, count: 9e13 }, { score: 2, count: 9e13 }]), {
      code: "out-of-range",
      field: "rows[1].count",
    });
    fc.assert(
      fc.property(badCount, (bad) => {
        // bigint counts are the GROUP BY form and are accepted here
        fc.pre(typeof bad.value !== "bigint");
        const error = caught(() => tallyFromRows([{ score: 3, count: bad.value }]));
        expect([error.code, error.field]).toEqual([bad.code, "rows[0].count"]);
      }),
    );
  });

  it("rejects a NULL group, a score off the scale and rows that are not objects", () => {
    expectCxError(() => tallyFromRows([{ score: null, count: 1n }]), { code: "wrong-type", field: "rows[0].score" });
    expectCxError(() => tallyFromRows([{ score: 11, count: 1n }]), { code: "out-of-range", field: "rows[0].score" });
    expectCxError(() => tallyFromRows([5 as never]), { code: "wrong-type", field: "rows[0]" });
  });
});
