import { describe, expect, it } from "vitest";
import { retentionRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("retentionRate", () => {
  it("S2-RETENTION: (end - new) / start: 200 at the start, 210 at the end with 30 new is 90 %", () => {
    expect(retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 })).toBe(90);
  });

  it("rejects more new customers than there are customers at the end (end - new below 0)", () => {
    expectCxError(() => retentionRate({ customersAtStart: 200, customersAtEnd: 10, newCustomers: 30 }), {
      code: "inconsistent",
      field: "newCustomers",
    });
  });

  it("rejects more customers kept (end - new) than there were at the start, stating the range", () => {
    const error = expectCxError(() => retentionRate({ customersAtStart: 10, customersAtEnd: 20, newCustomers: 5 }), {
      code: "inconsistent",
      field: "newCustomers",
    });
    expect(error.message).toBe("retentionRate: newCustomers must be from 10 to customersAtEnd (20), received 5");
  });

  it("accepts the ends of that range: everyone kept is 100 %, no one kept is 0 %", () => {
    expect(retentionRate({ customersAtStart: 10, customersAtEnd: 20, newCustomers: 10 })).toBe(100);
    expect(retentionRate({ customersAtStart: 10, customersAtEnd: 5, newCustomers: 5 })).toBe(0);
  });

  it("returns undefined when there were no customers at the start", () => {
    expect(retentionRate({ customersAtStart: 0, customersAtEnd: 4, newCustomers: 4 })).toBeUndefined();
  });
});
