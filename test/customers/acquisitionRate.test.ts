import { describe, expect, it } from "vitest";
import { acquisitionRate } from "../../src/index.js";

describe("acquisitionRate", () => {
  it("S4-CHURN: 300 customers added to 1,000 at the start is a 30 % acquisition rate", () => {
    expect(acquisitionRate({ customersAtStart: 1000, newCustomers: 300 })).toBe(30);
  });

  it("can pass 100: 75 new on a base of 50 is 150 %", () => {
    expect(acquisitionRate({ customersAtStart: 50, newCustomers: 75 })).toBe(150);
  });

  it("returns undefined when there were no customers at the start", () => {
    expect(acquisitionRate({ customersAtStart: 0, newCustomers: 75 })).toBeUndefined();
  });
});
