import { describe, expect, it } from "vitest";
import { CompensatedSum, sumOf } from "../../src/internal/compensatedSum.js";

const identity = (x: number): number => x;
const naive = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe("sumOf, the compensated sum behind mrr, expansionMrr and mrrMovements", () => {
  it("keeps the halves that a plain sum rounds away, in any order", () => {
    // 2^52 + 0.5 + 0.5 is exactly 2^52 + 1; a plain sum rounds each half away (ties to even).
    expect(naive([2 ** 52, 0.5, 0.5])).toBe(2 ** 52);
    for (const order of [
      [2 ** 52, 0.5, 0.5],
      [0.5, 2 ** 52, 0.5],
      [0.5, 0.5, 2 ** 52],
    ]) {
      expect(sumOf(order, identity)).toBe(2 ** 52 + 1);
    }
  });

  it("gives the correctly rounded sum of money amounts where a plain left-to-right sum is off", () => {
    // python3 -c "import math; print(math.fsum([0.1, 3, 0.2]), 0.1 + 3 + 0.2)"  ->  3.3 3.3000000000000003
    expect(naive([0.1, 3, 0.2])).toBe(3.3000000000000003);
    expect(sumOf([0.1, 3, 0.2], identity)).toBe(3.3);
  });

  it("compensates from the larger operand's side when a term outgrows the running sum (Neumaier's branch)", () => {
    // python3 -c "import math; print(math.fsum([0.2, 2**52, 1/3]), 0.2 + 2**52 + 1/3)"
    //   ->  4503599627370497.0 4503599627370496.0
    // Exactly 2^52 + 0.5333...: the nearest double is 2^52 + 1. A plain sum gives 2^52, and so does
    // Kahan's rule without Neumaier's branch (the error taken from the running sum's side).
    expect(naive([0.2, 2 ** 52, 1 / 3])).toBe(2 ** 52);
    expect(sumOf([0.2, 2 ** 52, 1 / 3], identity)).toBe(2 ** 52 + 1);
  });

  it("passes each item's index to the term", () => {
    expect(sumOf(["a", "b", "c"], (_, i) => i)).toBe(3);
  });

  it("sums nothing to a positive 0", () => {
    expect(Object.is(sumOf([], identity), 0)).toBe(true);
  });
});

describe("CompensatedSum.addDifference, the movements of mrrMovements and expansionMrr", () => {
  it("adds the double a - b, exactly as adding that term would", () => {
    // 0.3 - 0.1 is 0.19999999999999998 and 100 - 99.99 is 0.010000000000005116 in doubles: the
    // term added is the rounded difference, as when mrrMovements took it before adding it.
    const byDifference = new CompensatedSum();
    const byTerm = new CompensatedSum();
    for (const [a, b] of [
      [0.3, 0.1],
      [2 ** 52, 0.5],
      [100, 99.99],
      [1, 3],
    ] as const) {
      byDifference.addDifference(a, b);
      byTerm.add(a - b);
    }
    expect(byDifference.value()).toBe(byTerm.value());
  });
});
