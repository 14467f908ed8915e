import { describe, expect, it } from "vitest";
import { tally } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

const zeros = (): number[] => new Array<number>(11).fill(0);

describe("tally", () => {
  it("counts ratings by value on the 0-10 scale by default", () => {
    expect(tally([10, 9, 9, 3])).toStrictEqual({ min: 0, max: 10, counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1] });
  });

  it("counts ratings on the scale asked for, from a typed array", () => {
    expect(tally(new Uint8Array([1, 5, 5]), { scale: { min: 1, max: 5 } })).toStrictEqual({
      min: 1,
      max: 5,
      counts: [1, 0, 0, 0, 2],
    });
  });

  it("gives the empty tally of its scale for no ratings", () => {
    expect(tally([])).toStrictEqual({ min: 0, max: 10, counts: zeros() });
  });

  it("counts every rating of a Set or generator once", () => {
    expect(tally(new Set([1, 2, 2])).counts.slice(0, 3)).toEqual([0, 1, 1]);
    function* answers(): Generator<number> {
      yield 10;
      yield 10;
      yield 0;
    }
    expect(tally(answers()).counts).toEqual([1, ...zeros().slice(1, 10), 2]);
  });

  it("reads an array-like up to its length, not beyond", () => {
    expect(tally({ length: 2, 0: 7, 1: 7, 2: 1 }, { scale: { min: 1, max: 7 } }).counts).toEqual([0, 0, 0, 0, 0, 0, 2]);
  });

  it("rejects a rating off the scale in its own name", () => {
    expectCxError(() => tally([11]), { code: "out-of-range", field: "ratings[0]", metric: "tally" });
  });

  it("rejects a numeric string from an iterable even where its number would be on the scale", () => {
    expectCxError(() => tally(new Set([4, "4"]) as Set<number>, { scale: { min: 1, max: 5 } }), {
      code: "wrong-type",
      field: "ratings[1]",
    });
  });
});
