import { describe, expect, it } from "vitest";
import { arr, mrr } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("arr", () => {
  it("is twelve times the monthly run rate of every billing interval", () => {
    // 30 a month, 1200 a year (100 a month), 90 a quarter for 2 seats at half price (30 a month).
    const subscriptions = [
      { amount: 30, interval: "month" as const },
      { amount: 1200, interval: "year" as const },
      { amount: 90, interval: "quarter" as const, quantity: 2, discountPercent: 50 },
    ];
    expect(arr(subscriptions)).toBe(1920);
    expect(arr(subscriptions)).toBe(12 * mrr(subscriptions));
  });

  it("takes the average form too", () => {
    expect(arr({ customers: 40, averageMonthlyRevenue: 25 })).toBe(12000);
  });

  it("is 0 for no subscriptions", () => {
    expect(arr([])).toBe(0);
  });

  it("rejects bad subscriptions in its own name", () => {
    const error = expectCxError(() => arr([{ amount: -1, interval: "month" }]), {
      code: "negative",
      field: "subscriptions[0].amount",
    });
    expect(error.metric).toBe("arr");
    expectCxError(() => arr([{ amount: 1, interval: "month", amout: 2 } as never]), {
      code: "unknown-field",
      field: "subscriptions[0].amout",
    });
  });

  it("names the subscriptions when twelve times the MRR overflows", () => {
    // 150 subscriptions of 1.4e305 a month: the MRR (2.1e307) is finite, twelve times it is not.
    const huge = Array.from({ length: 150 }, () => ({ amount: 1.4e305, interval: "month" as const }));
    expect(Number.isFinite(mrr(huge))).toBe(true);
    expectCxError(() => arr(huge), { code: "out-of-range", field: "subscriptions" });
  });
});
