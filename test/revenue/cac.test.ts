import { describe, expect, it } from "vitest";
import { cac } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("cac", () => {
  it("divides acquisition spend by new customers: 60,000 for 40 customers is 1,500 each", () => {
    expect(cac({ acquisitionSpend: 60000, newCustomers: 40 })).toBe(1500);
    expect(cac({ acquisitionSpend: 0, newCustomers: 40 })).toBe(0);
  });

  it("returns undefined when no customer was won, whatever was spent", () => {
    expect(cac({ acquisitionSpend: 5000, newCustomers: 0 })).toBeUndefined();
    expect(cac({ acquisitionSpend: 0, newCustomers: 0 })).toBeUndefined();
  });

  it("rejects bad amounts and counts, overflow, and misspelt fields, naming the field", () => {
    expectCxError(() => cac({ acquisitionSpend: -1, newCustomers: 1 }), {
      code: "negative",
      field: "acquisitionSpend",
      metric: "cac",
    });
    expectCxError(() => cac({ acquisitionSpend: Infinity, newCustomers: 1 }), {
      code: "not-finite",
      field: "acquisitionSpend",
    });
    expectCxError(() => cac({ acquisitionSpend: 1, newCustomers: 0.5 }), {
      code: "not-integer",
      field: "newCustomers",
    });
    expectCxError(() => cac({ acquisitionSpend: 1, newCustomer: 1 } as never), {
      code: "unknown-field",
      field: "newCustomer",
    });
  });
});
