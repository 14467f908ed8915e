import { describe, expect, it } from "vitest";
import { crc } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("crc", () => {
  it("S4-CRC: retention spending divided by customers: 45,000 over 300 is 150", () => {
    expect(crc({ retentionCosts: 45000, customers: 300 })).toBe(150);
  });

  it("returns undefined when there are no customers", () => {
    expect(crc({ retentionCosts: 0, customers: 0 })).toBeUndefined();
  });

  it("S4-CRC-CMP: gives the per-customer cost to compare with one customer's revenue over the same period", () => {
    // A quarter's retention spending of 90,000 over 300 customers who each pay 80 a month: each
    // costs 300 to keep and brings 240 a quarter, a loss. The source's rule compares the 300 with
    // the total MRR (300 x 80 = 24,000) and would call it profitable.
    expect(crc({ retentionCosts: 90000, customers: 300 })).toBe(300);
  });

  it("rejects bad costs and counts", () => {
    expectCxError(() => crc({ retentionCosts: -5, customers: 3 }), { code: "negative", field: "retentionCosts" });
    expectCxError(() => crc({ retentionCosts: 5, customers: 2.5 }), { code: "not-integer", field: "customers" });
    expectCxError(() => crc("5" as never), { code: "wrong-type", field: "input" });
  });
});
