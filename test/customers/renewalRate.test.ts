import { describe, expect, it } from "vitest";
import { renewalRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("renewalRate", () => {
  it("S4-RENEWAL: 24 renewals of 75 eligible customers is 32 %", () => {
    expect(renewalRate({ renewed: 24, eligible: 75 })).toBe(32);
  });

  it("S4-RENEWAL: the source's upside-down 75 of 24 is rejected, never reported as 312.5 %", () => {
    expectCxError(() => renewalRate({ renewed: 75, eligible: 24 }), { code: "inconsistent", field: "renewed" });
  });

  it("S4-RENEWAL-DEF: returns undefined when no one was up for renewal", () => {
    expect(renewalRate({ renewed: 0, eligible: 0 })).toBeUndefined();
  });
});
