import { describe, expect, it } from "vitest";
import { quickRatio } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("quickRatio", () => {
  it("is MRR gained over MRR lost: (1,200 + 900 + 100) / (2,000 + 300) is 22 / 23", () => {
    const m = { newMrr: 1200, expansionMrr: 900, reactivationMrr: 100, contractionMrr: 300, churnedMrr: 2000 };
    expect(quickRatio(m)).toBe(22 / 23);
  });

  it("returns undefined when nothing was lost", () => {
    expect(quickRatio({ newMrr: 50, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 })).toBeUndefined();
  });

  it("rejects a contraction that is NaN", () => {
    expectCxError(() => quickRatio({ newMrr: 1, expansionMrr: 1, contractionMrr: NaN, churnedMrr: 1 }), {
      code: "not-a-number",
      field: "contractionMrr",
    });
  });

  it("rejects a ratio too large to be finite", () => {
    expectCxError(() => quickRatio({ newMrr: 1e308, expansionMrr: 1e308, contractionMrr: 1e-300, churnedMrr: 0 }), {
      code: "out-of-range",
      field: "input",
    });
  });
});
