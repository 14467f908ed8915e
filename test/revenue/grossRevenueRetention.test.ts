import { describe, expect, it } from "vitest";
import { grossRevenueRetention } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("grossRevenueRetention", () => {
  it("is the starting MRR kept, expansion not counted: (10,000 - 300 - 2,000) / 10,000 is 77 %", () => {
    expect(grossRevenueRetention({ startingMrr: 10000, contractionMrr: 300, churnedMrr: 2000 })).toBe(77);
  });

  it("returns undefined for a zero starting MRR", () => {
    expect(grossRevenueRetention({ startingMrr: 0, contractionMrr: 0, churnedMrr: 0 })).toBeUndefined();
  });

  it("rejects contraction and churn beyond the starting MRR, stating the most they can be", () => {
    expectCxError(() => grossRevenueRetention({ startingMrr: 100, contractionMrr: 60, churnedMrr: 50 }), {
      code: "inconsistent",
      field: "churnedMrr",
    });
    const error = caught(() => grossRevenueRetention({ startingMrr: 100, contractionMrr: 30, churnedMrr: 80 }));
    expect(error.message).toBe(
      "grossRevenueRetention: churnedMrr must be at most startingMrr - contractionMrr (70), received 80",
    );
  });
});
