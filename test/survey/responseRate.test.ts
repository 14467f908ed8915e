import { describe, expect, it } from "vitest";
import { responseRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("responseRate", () => {
  it("S1-RESPONSE: 3,000 responses to 30,000 invitations is 10 %", () => {
    // Seed 001: a survey sent to 30,000 customers with 3,000 answers has a 10 % response rate.
    expect(responseRate({ responses: 3000, invitations: 30000 })).toBe(10);
  });

  it("returns undefined when no invitations were sent", () => {
    expect(responseRate({ responses: 0, invitations: 0 })).toBeUndefined();
  });

  it("rejects more responses than invitations", () => {
    const error = expectCxError(() => responseRate({ responses: 31, invitations: 30 }), {
      code: "inconsistent",
      field: "responses",
    });
    expect(error.message).toBe("responseRate: responses must be at most invitations (30), received 31");
  });

  it("rejects a Map of the fields as the wrong type of input, not as a missing field", () => {
    // A user's report: a Map gave `responses must be a whole number ..., received undefined`.
    const input = new Map([
      ["responses", 1],
      ["invitations", 2],
    ]);
    const error = expectCxError(() => responseRate(input as never), { code: "wrong-type", field: "input" });
    expect(error.expected).toBe("an object with named fields, not a Map or Set");
  });
});
