import { describe, expect, it } from "vitest";
import { averageOrderValue } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("averageOrderValue", () => {
  it("S2-CROSSSELL: revenue per order, the average ticket: 12,500 over 250 orders is 50", () => {
    expect(averageOrderValue({ revenue: 12500, orders: 250 })).toBe(50);
  });

  it("returns undefined when there were no orders", () => {
    expect(averageOrderValue({ revenue: 0, orders: 0 })).toBeUndefined();
  });

  it("rejects bad revenue and orders", () => {
    expectCxError(() => averageOrderValue({ revenue: NaN, orders: 3 }), { code: "not-a-number", field: "revenue" });
    expectCxError(() => averageOrderValue({ revenue: 5, orders: -1 }), { code: "negative", field: "orders" });
  });

  it("names itself as the metric in its errors", () => {
    expectCxError(() => averageOrderValue({ revenue: -1, orders: 3 }), {
      code: "negative",
      field: "revenue",
      metric: "averageOrderValue",
    });
  });
});
