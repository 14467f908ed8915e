import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { npsSampleSize } from "../../src/index.js";
import { achievedMargin } from "../helpers/margin.js";

describe("npsSampleSize properties", () => {
  it("is the smallest sample whose Wald margin achieves the margin: one response fewer does not", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0.8, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (e, confidence, a, b) => {
          const p = Math.min(a, b);
          const d = Math.max(a, b) - p;
          const n = npsSampleSize({ marginOfError: e, confidence, promoterPercent: p, detractorPercent: d });
          // the variance of one answer scored +1, 0 or -1
          const v = p / 100 + d / 100 - (p / 100 - d / 100) ** 2;
          expect(achievedMargin(confidence, v, n)).toBeLessThanOrEqual(e / 100);
          if (n > 1) expect(achievedMargin(confidence, v, n - 1)).toBeGreaterThan(e / 100);
        },
      ),
    );
  });
});
