// The iteration protocol as every reader of a collection follows it (src/internal/collections.ts):
// an iterable that breaks the protocol is a `wrong-type` error naming the collection and saying
// how it broke it; an iteration stopped by a bad item lets the iterator clean up, and the bad
// item's error is the one reported; arrays are read by index, whatever their iterator; an error
// inside a collection of collections names both indexes.
import { describe, expect, it } from "vitest";
import { computeNps, fitSbg, mergeTallies, mrr } from "../../src/index.js";
import { caught } from "../helpers/errors.js";

const tally = { min: 0, max: 10, counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1] };
const readers: [string, (items: unknown) => unknown, string, unknown, unknown][] = [
  // name, call, the collection's field, a good item, a bad item
  ["mergeTallies", (items) => mergeTallies(items as never), "tallies", tally, { ...tally, min: 1 }],
  ["mrr", (items) => mrr(items as never), "subscriptions", { amount: 100, interval: "month" }, { amount: -1 }],
  ["computeNps", (items) => computeNps(items as never), "scores", 9, 11],
];

const protocol = "an iterable whose iterator follows the iteration protocol";

describe.each(readers)("%s reading an iterable", (_, read, field, good, bad) => {
  it("names one whose Symbol.iterator is not a function", () => {
    expect(caught(() => read({ [Symbol.iterator]: 5 }))).toMatchObject({
      code: "wrong-type",
      field,
      expected: "an iterable whose Symbol.iterator is a function",
    });
  });

  it.each([
    ["returns a number", () => 5, "its iterator is not an object"],
    ["returns null", () => null, "its iterator is not an object"],
    ["returns an object without next", () => ({}), "its iterator has no next method"],
    ["returns a next that gives a number", () => ({ next: () => 5 }), "next returned something other than an object"],
    ["returns a next that gives null", () => ({ next: () => null }), "next returned something other than an object"],
  ])("names one whose Symbol.iterator %s, saying how it broke the protocol", (_, iterator, how) => {
    expect(caught(() => read({ [Symbol.iterator]: iterator }))).toMatchObject({
      code: "wrong-type",
      field,
      expected: `${protocol} (${how})`,
    });
  });

  it("lets a generator stopped by a bad item run its finally, and reports the item's error", () => {
    let closed = false;
    function* items(): Generator<unknown> {
      try {
        yield good;
        yield bad;
        yield good;
      } finally {
        closed = true;
      }
    }
    const error = caught(() => read(items()));
    expect(error.field.startsWith(`${field}[1]`)).toBe(true);
    expect(closed).toBe(true);
  });

  it("reports the bad item's error when the iterator's return throws, or when it has none", () => {
    const values = [good, bad, good];
    for (const close of [
      () => {
        throw new Error("return failed");
      },
      undefined,
    ]) {
      let i = 0;
      const iterable = {
        [Symbol.iterator]: () => ({
          next: () => (i < values.length ? { done: false, value: values[i++] } : { done: true, value: undefined }),
          ...(close === undefined ? {} : { return: close }),
        }),
      };
      expect(caught(() => read(iterable)).field.startsWith(`${field}[1]`)).toBe(true);
    }
  });
});

describe("arrays of records", () => {
  it("are read by index, not through an iterator of their own", () => {
    // An array whose own iterator yields nothing still has its two tallies and two subscriptions.
    const silent = <T>(items: T[]): T[] => Object.assign(items, { [Symbol.iterator]: [][Symbol.iterator] });
    expect(mergeTallies(silent([tally, tally])).counts[9]).toBe(4);
    expect(
      mrr(
        silent([
          { amount: 100, interval: "month" },
          { amount: 50, interval: "month" },
        ]),
      ),
    ).toBe(150);
  });
});

describe("collections of collections", () => {
  it("name an item of an inner array by both indexes", () => {
    // fitSbg reads cohorts (arrays of counts) from an array of cohorts; it throws before fitting.
    const error = caught(() =>
      fitSbg([
        [1000, 869],
        [500, 400, 401],
      ]),
    );
    expect(error).toMatchObject({ code: "inconsistent", field: "input[1][2]" });
  });
});
