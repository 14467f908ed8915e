import { describe, expect, it } from "vitest";
import { sumOf } from "../../src/internal/compensatedSum.js";

const identity = (x: number): number => x;

describe("sumOf, the compensated sum behind mrr, expansionMrr and mrrMovements", () => {
  it("keeps the halves that a plain sum rounds away, in any order", () => {
    // 2^52 + 0.5 + 0.5 is exactly 2^52 + 1; a plain sum rounds each half away (ties to even).
    expect([2 ** 52, 0.5, 0.5].reduce((a, b) => a + b)).toBe(2 ** 52);
    for (const order of [
      [2 ** 52, 0.5, 0.5],
      [0.5, 2 ** 52, 0.5],
      [0.5, 0.5, 2 ** 52],
    ]) {
      expect(sumOf(order, identity)).toBe(2 ** 52 + 1);
    }
  });

  it("compensates a large term that follows a small sum from the term's side", () => {
    // Exactly 2^52 + 0.4343...: the nearest double is 2^52. Taking the error from the running
    // sum's side when the term is larger (Kahan's rule without Neumaier's branch) gives 2^52 + 1.
    expect(sumOf([0.1, 1 / 3, 2 ** 52, 0.001], identity)).toBe(2 ** 52);
  });

  it("passes each item's index to the term, and sums nothing to 0", () => {
    expect(sumOf(["a", "b", "c"], (_, i) => i)).toBe(3);
    expect(Object.is(sumOf([], identity), 0)).toBe(true);
  });
});
