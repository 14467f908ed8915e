import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proportionSampleSize } from "../../src/index.js";
import { achievedMargin } from "../helpers/margin.js";

describe("proportionSampleSize properties", () => {
  it("is the smallest sample that achieves the margin: one response fewer does not", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 99, noNaN: true }),
        fc.option(fc.integer({ min: 2, max: 100000 }), { nil: undefined }),
        (e, confidence, expectedPercent, population) => {
          const input =
            population === undefined
              ? { marginOfError: e, confidence, expectedPercent }
              : { marginOfError: e, confidence, expectedPercent, population };
          const n = proportionSampleSize(input);
          const v = (expectedPercent / 100) * (1 - expectedPercent / 100);
          expect(achievedMargin(confidence, v, n, population)).toBeLessThanOrEqual(e / 100);
          if (n > 1) expect(achievedMargin(confidence, v, n - 1, population)).toBeGreaterThan(e / 100);
        },
      ),
    );
  });
});
