import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTallies, type RatingTally, tally } from "../../src/index.js";
import { split } from "../helpers/split.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });
const empty: RatingTally = { min: 0, max: 10, counts: new Array<number>(11).fill(0) };

describe("mergeTallies properties", () => {
  it("merging tallies equals tallying the concatenation, for any split", () => {
    fc.assert(
      fc.property(scores, fc.array(fc.nat(), { maxLength: 5 }), (s, cuts) => {
        const pieces = split(s, cuts).map((p) => tally(p));
        expect(mergeTallies(pieces)).toStrictEqual(tally(s));
      }),
    );
  });

  it("is associative and commutative, with the empty tally as identity", () => {
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
});
