import { describe, expect, it } from "vitest";
import { netRevenueRetention } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("netRevenueRetention", () => {
  it("is what the starting customers pay now: (10,000 + 900 - 300 - 2,000) / 10,000 is 86 %", () => {
    expect(netRevenueRetention({ startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 2000 })).toBe(
      86,
    );
  });

  it("passes 100 when expansion outgrows the losses", () => {
    expect(netRevenueRetention({ startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 500 })).toBe(
      101,
    );
  });

  it("leaves reactivation out: only the customers present at the start count", () => {
    const m = { startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 2000, reactivationMrr: 100 };
    expect(netRevenueRetention(m)).toBe(86);
  });

  it("returns undefined for a zero starting MRR", () => {
    expect(netRevenueRetention({ startingMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 })).toBeUndefined();
  });

  it("rejects a negative expansion", () => {
    expectCxError(() => netRevenueRetention({ startingMrr: 100, expansionMrr: -1, contractionMrr: 0, churnedMrr: 0 }), {
      code: "negative",
      field: "expansionMrr",
    });
  });
});
