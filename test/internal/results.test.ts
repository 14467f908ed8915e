import { describe, expect, it } from "vitest";
import { exceedsBeyondRounding, finiteResult, percentOfAmounts } from "../../src/internal/results.js";
import { expectCxError } from "../helpers/errors.js";

describe("finiteResult", () => {
  it("returns a finite value, with -0 made 0", () => {
    expect(finiteResult("m", "f", 2.5, 1)).toBe(2.5);
    expect(Object.is(finiteResult("m", "f", -0, 1), 0)).toBe(true);
  });

  it("rejects an infinite result as out-of-range naming the field, the value received and what it must be", () => {
    const error = expectCxError(() => finiteResult("m", "amount", Infinity, 1e308), {
      code: "out-of-range",
      field: "amount",
      metric: "m",
    });
    expect(error.received).toBe(1e308);
    expect(error.expected).toBe("small enough for a finite result");
  });
});

describe("percentOfAmounts", () => {
  const field = { name: "startingMrr", received: 0 };

  it("is undefined when the whole is 0", () => {
    expect(percentOfAmounts("m", field, [1], 0, {})).toBeUndefined();
  });

  it("gives an exact percentage for amounts whose sum and 100x overflow a double", () => {
    // 2^1023 + 2^1023 = 2^1024 overflows, as does 100 * 2^1023; the rate itself is 200 %, and
    // the small third term (1) is far below the last bit of 2^1024.
    expect(percentOfAmounts("m", field, [2 ** 1023, 2 ** 1023, 1], 2 ** 1023, {})).toBe(200);
    // (2^1023 - 2^1022) / 2^1022 = 100 %, though 100 * 2^1022 overflows.
    expect(percentOfAmounts("m", field, [2 ** 1023, -(2 ** 1022)], 2 ** 1022, {})).toBe(100);
  });

  it("keeps the smallest (subnormal) amounts exact: 5e-324 of 5e-324 is 100 %", () => {
    // Number.MIN_VALUE is the smallest subnormal; 100 * it is exactly representable, so no scaling
    // may be applied to it (scaling it down would round it to 0).
    expect(percentOfAmounts("m", field, [Number.MIN_VALUE], Number.MIN_VALUE, {})).toBe(100);
    expect(percentOfAmounts("m", field, [Number.MIN_VALUE, Number.MIN_VALUE], 4 * Number.MIN_VALUE, {})).toBe(50);
  });

  it("clamps to its range a rate rounding pushed past it", () => {
    expect(percentOfAmounts("m", field, [3], 2, { max: 100 })).toBe(100);
    expect(percentOfAmounts("m", field, [-3], 2, { min: 0 })).toBe(0);
  });
});

describe("exceedsBeyondRounding", () => {
  it("is false for a part equal to or below the whole, and for 0.1 + 0.2 against 0.3", () => {
    expect(exceedsBeyondRounding(3, 3)).toBe(false);
    expect(exceedsBeyondRounding(2, 3)).toBe(false);
    expect(exceedsBeyondRounding(0.1 + 0.2, 0.3)).toBe(false);
  });

  it("is true for a part clearly above the whole", () => {
    expect(exceedsBeyondRounding(1000.5, 1000)).toBe(true);
  });

  it("allows four units in the last place of the larger value, which grows with the values", () => {
    // At 2^60 the unit in the last place is 2^8 = 256, so 4 ulps is 2^10 = 1024
    // (4 * Number.EPSILON = 2^-50, times 2^60). An excess of 512 is within it; 2048 is not.
    expect(exceedsBeyondRounding(2 ** 60 + 512, 2 ** 60)).toBe(false);
    expect(exceedsBeyondRounding(2 ** 60 + 2048, 2 ** 60)).toBe(true);
  });

  it("measures the allowance on the larger of the two values, not the smaller", () => {
    // Excess exactly 1024. Allowance on the part: 2^-50 * (2^60 + 768) = 1024 + 768 * 2^-50, which
    // 1024 does not exceed; on the whole it would be 1024 - 256 * 2^-50, which 1024 exceeds.
    expect(exceedsBeyondRounding(2 ** 60 + 768, 2 ** 60 - 256)).toBe(false);
  });
});
