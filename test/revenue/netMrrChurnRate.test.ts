import { describe, expect, it } from "vitest";
import { netMrrChurnRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("netMrrChurnRate", () => {
  it("subtracts expansion and reactivation from the losses: (2,000 + 300 - 900 - 100) / 10,000 is 13 %", () => {
    const m = { startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 2000, reactivationMrr: 100 };
    expect(netMrrChurnRate(m)).toBe(13);
  });

  it("goes negative when expansion outgrows the losses", () => {
    expect(netMrrChurnRate({ startingMrr: 10000, expansionMrr: 900, contractionMrr: 300, churnedMrr: 500 })).toBe(-1);
  });

  it("returns undefined for a zero starting MRR", () => {
    expect(netMrrChurnRate({ startingMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 })).toBeUndefined();
  });

  it("rejects a negative rate too large for a double as out of range, naming the expansion", () => {
    // 100 x -1e10 / 1e-300 is -1e312, past the largest double (about 1.8e308)
    const error = expectCxError(
      () => netMrrChurnRate({ startingMrr: 1e-300, expansionMrr: 1e10, contractionMrr: 0, churnedMrr: 0 }),
      { code: "out-of-range", field: "expansionMrr" },
    );
    expect(error.received).toBe(1e10);
  });
});
