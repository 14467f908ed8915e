import { describe, expect, it } from "vitest";
import { isCorrectlyRounded, nextDouble, toRational } from "./oracle.js";

// The oracle is itself tested, so that a broken oracle cannot make the property tests pass.
describe("the BigInt rounding oracle", () => {
  it("turns doubles into their exact fractions", () => {
    expect(toRational(0.5)).toEqual([1n, 2n]);
    expect(toRational(-3)).toEqual([-3n, 1n]);
    expect(toRational(2 ** 60)).toEqual([2n ** 60n, 1n]);
    expect(toRational(Number.MIN_VALUE)).toEqual([1n, 2n ** 1074n]);
    expect(toRational(0)).toEqual([0n, 1n]);
    expect(() => toRational(NaN)).toThrow();
  });

  it("steps to the neighbouring double", () => {
    expect(nextDouble(1, true)).toBe(1 + Number.EPSILON);
    expect(nextDouble(1, false)).toBe(1 - Number.EPSILON / 2);
    expect(nextDouble(-1, true)).toBe(-1 + Number.EPSILON / 2);
    expect(nextDouble(0, true)).toBe(Number.MIN_VALUE);
    expect(nextDouble(0, false)).toBe(-Number.MIN_VALUE);
  });

  it("accepts the correctly rounded quotient and rejects its neighbours", () => {
    expect(isCorrectlyRounded(29, 2900n, 100n)).toBe(true);
    // (50/100 - 21/100) * 100 is 29.000000000000004: one ulp off, so not correctly rounded.
    expect(isCorrectlyRounded((50 / 100 - 21 / 100) * 100, 2900n, 100n)).toBe(false);
    expect(isCorrectlyRounded(100 / 3, 100n, 3n)).toBe(true);
    expect(isCorrectlyRounded(nextDouble(100 / 3, true), 100n, 3n)).toBe(false);
    expect(isCorrectlyRounded(-100 / 7, -100n, 7n)).toBe(true);
    expect(() => isCorrectlyRounded(1, 1n, 0n)).toThrow();
  });
});
