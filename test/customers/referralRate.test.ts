import { describe, expect, it } from "vitest";
import { referralRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("referralRate", () => {
  it("S3-OTHER: 12 of 80 new customers came through a referral: 15 %", () => {
    expect(referralRate({ referredCustomers: 12, newCustomers: 80 })).toBe(15);
  });

  it("rejects more referred customers than new customers", () => {
    expectCxError(() => referralRate({ referredCustomers: 81, newCustomers: 80 }), {
      code: "inconsistent",
      field: "referredCustomers",
    });
  });

  it("returns undefined when there were no new customers", () => {
    expect(referralRate({ referredCustomers: 0, newCustomers: 0 })).toBeUndefined();
  });
});
