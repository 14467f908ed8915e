import { describe, expect, it } from "vitest";
import { churnRate, customerNetChange } from "../../src/index.js";

describe("customerNetChange", () => {
  it(
    "S2-CHURN: losses against acquisitions is its own metric: " + "150 lost and 120 won is -30, 125 lost per 100 new",
    () => {
      expect(customerNetChange({ newCustomers: 120, customersLost: 150 })).toStrictEqual({
        netChange: -30,
        lostPerHundredNew: 125,
      });
    },
  );

  it("S2-CHURN: the source's ratio is not the churn rate, whose base is the customers at the start", () => {
    // The same 150 losses on a base of 1,000 are 15 % churn, not 125.
    expect(churnRate({ customersAtStart: 1000, customersLost: 150 })).toBe(15);
  });

  it("has no ratio without new customers, but still a net change of 0", () => {
    expect(customerNetChange({ newCustomers: 0, customersLost: 0 })).toStrictEqual({
      netChange: 0,
      lostPerHundredNew: undefined,
    });
  });

  it("returns a positive zero, never -0, as the net change when losses equal acquisitions", () => {
    expect(Object.is(customerNetChange({ newCustomers: 3, customersLost: 3 }).netChange, 0)).toBe(true);
  });
});
