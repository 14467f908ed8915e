import { describe, expect, it } from "vitest";
import { acquisitionRate, churnRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("churnRate", () => {
  it("S4-CHURN: 300 customers lost of 1,000 at the start is 30 %", () => {
    expect(churnRate({ customersAtStart: 1000, customersLost: 300 })).toBe(30);
  });

  it("S4-CHURN: 300 customers added to 1,000 is an acquisition rate, and churn has no field for it", () => {
    expect(acquisitionRate({ customersAtStart: 1000, newCustomers: 300 })).toBe(30);
    // churnRate has no field for customers added: passing them is an unknown field
    expectCxError(() => churnRate({ customersAtStart: 1000, newCustomers: 300 } as never), {
      code: "unknown-field",
      field: "newCustomers",
    });
    expectCxError(() => churnRate({ customersAtStart: 1000 } as never), { code: "wrong-type", field: "customersLost" });
  });

  it("S4-CHURN-DEF: rejects more customers lost than there were at the start", () => {
    const error = expectCxError(() => churnRate({ customersAtStart: 10, customersLost: 11 }), {
      code: "inconsistent",
      field: "customersLost",
    });
    expect(error.message).toBe("churnRate: customersLost must be at most customersAtStart (10), received 11");
  });

  it("returns undefined when there were no customers at the start", () => {
    expect(churnRate({ customersAtStart: 0, customersLost: 0 })).toBeUndefined();
  });
});
