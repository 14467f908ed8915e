import { describe, expect, it } from "vitest";
import { customerGrowthRate } from "../../src/index.js";

describe("customerGrowthRate", () => {
  it("S0-OTHER: customer growth is negative when the base shrinks: 1,000 to 700 is -30 %", () => {
    expect(customerGrowthRate({ customersAtStart: 1000, customersAtEnd: 700 })).toBe(-30);
  });

  it("can pass 100: 100 to 250 is 150 %", () => {
    expect(customerGrowthRate({ customersAtStart: 100, customersAtEnd: 250 })).toBe(150);
  });

  it("returns a positive zero, never -0, for an unchanged base", () => {
    expect(Object.is(customerGrowthRate({ customersAtStart: 5, customersAtEnd: 5 }), 0)).toBe(true);
  });

  it("returns undefined when there were no customers at the start", () => {
    expect(customerGrowthRate({ customersAtStart: 0, customersAtEnd: 5 })).toBeUndefined();
  });
});
