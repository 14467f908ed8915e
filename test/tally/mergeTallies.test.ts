import { describe, expect, it } from "vitest";
import { mergeTallies, type RatingTally, tally } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { caught, expectCxError } from "../helpers/errors.js";

const zeros = (): number[] => new Array<number>(11).fill(0);
const empty: RatingTally = { min: 0, max: 10, counts: zeros() };

describe("mergeTallies", () => {
  it("adds the counts of tallies from any iterable", () => {
    expect(mergeTallies(new Set([tally([5]), tally([5])])).counts[5]).toBe(2);
  });

  it("rejects tallies of different scales, naming the first that differs", () => {
    expectCxError(() => mergeTallies([tally([1]), tally([1], { scale: { min: 1, max: 5 } })]), {
      code: "inconsistent",
      field: "tallies[1].min",
    });
  });

  it("rejects no tallies, and tallies that are not a collection", () => {
    expectCxError(() => mergeTallies([]), { code: "wrong-type", field: "tallies" });
    expectCxError(() => mergeTallies(7 as never), { code: "wrong-type", field: "tallies" });
  });

  it("accepts totals of exactly MAX_COUNT, and rejects the tally that takes them past it", () => {
    const at: RatingTally = { min: 0, max: 10, counts: [MAX_COUNT - 5, 5, ...zeros().slice(2)] };
    expect(mergeTallies([at]).counts[0]).toBe(MAX_COUNT - 5);
    expect(mergeTallies([at, empty]).counts[1]).toBe(5);
    expectCxError(() => mergeTallies([at, { min: 0, max: 10, counts: [1, ...zeros().slice(1)] }]), {
      code: "inconsistent",
      field: "tallies[1]",
    });
    const big = { ...empty, counts: [6e13, ...zeros().slice(1)] };
    expectCxError(() => mergeTallies([big, big]), { code: "inconsistent", field: "tallies[1]" });
  });

  it("rejects one tally whose own counts add up to more than MAX_COUNT", () => {
    expectCxError(() => mergeTallies([{ min: 0, max: 10, counts: [MAX_COUNT, 1, ...zeros().slice(2)] }]), {
      code: "out-of-range",
      field: "tallies[0].counts",
    });
    expectCxError(() => mergeTallies([{ ...empty, counts: [9e13, 9e13, ...zeros().slice(2)] }]), {
      code: "out-of-range",
      field: "tallies[0].counts",
    });
  });

  it("says what it expected: the counts as an array, their totals, at least one tally", () => {
    const expected = (fn: () => unknown): string => caught(fn).expected;
    expect(expected(() => mergeTallies([empty, { ...empty, counts: "0" as never }]))).toBe("an array of 11 counts");
    expect(expected(() => mergeTallies([{ ...empty, counts: [MAX_COUNT, 1, ...zeros().slice(2)] }]))).toBe(
      `counts that add up to at most ${MAX_COUNT}`,
    );
    const at: RatingTally = { min: 0, max: 10, counts: [MAX_COUNT, ...zeros().slice(1)] };
    expect(expected(() => mergeTallies([at, { ...empty, counts: [1, ...zeros().slice(1)] }]))).toBe(
      `tallies whose counts add up to at most ${MAX_COUNT}`,
    );
    expect(expected(() => mergeTallies([]))).toBe("at least one tally");
  });

  it("rejects a count of another type without converting it, in the first or a later tally", () => {
    let conversions = 0;
    const convertible = { valueOf: () => ++conversions };
    for (const bad of [1n, Symbol("one"), convertible, "1", null]) {
      const counts = [1, bad, ...zeros().slice(2)] as number[];
      for (const tallies of [[{ ...empty, counts }], [empty, { ...empty, counts }]]) {
        expectCxError(() => mergeTallies(tallies), {
          code: "wrong-type",
          field: `tallies[${tallies.length - 1}].counts[1]`,
        });
      }
    }
    expect(conversions).toBe(0);
  });

  it("names the unknown field of a tally that has none of the tally fields", () => {
    expectCxError(() => mergeTallies([{ x: 1 } as never]), { code: "unknown-field", field: "tallies[0].x" });
    expectCxError(() => mergeTallies([empty, { x: 1 } as never]), { code: "unknown-field", field: "tallies[1].x" });
  });

  it("adds counts from 2^32 up as exactly as small ones", () => {
    const large = { ...empty, counts: [2 ** 32, 2 ** 40 + 1, ...zeros().slice(2)] };
    expect(mergeTallies([empty, large, large]).counts.slice(0, 2)).toEqual([2 ** 33, 2 ** 41 + 2]);
  });

  it.each(["segment", "max2", "Min", "count", ""])(
    "rejects a field %s in the first or a later tally as unknown",
    (key) => {
      for (const tallies of [[{ ...empty, [key]: 1 }], [empty, empty, { ...empty, [key]: 1 }]]) {
        expectCxError(() => mergeTallies(tallies as RatingTally[]), {
          code: "unknown-field",
          field: `tallies[${tallies.length - 1}].${key}`,
        });
      }
    },
  );
});
