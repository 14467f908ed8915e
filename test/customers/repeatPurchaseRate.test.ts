import { describe, expect, it } from "vitest";
import { repeatPurchaseRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("repeatPurchaseRate", () => {
  it("S2-RETENTION: 45 of 180 buying customers bought again is 25 %", () => {
    expect(repeatPurchaseRate({ repeatCustomers: 45, customers: 180 })).toBe(25);
  });

  it("rejects more repeat customers than customers", () => {
    expectCxError(() => repeatPurchaseRate({ repeatCustomers: 181, customers: 180 }), {
      code: "inconsistent",
      field: "repeatCustomers",
    });
  });

  it("returns undefined when no one bought", () => {
    expect(repeatPurchaseRate({ repeatCustomers: 0, customers: 0 })).toBeUndefined();
  });
});
