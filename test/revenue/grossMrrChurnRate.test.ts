import { describe, expect, it } from "vitest";
import { grossMrrChurnRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("grossMrrChurnRate", () => {
  it("is churned plus contraction over starting MRR: (2,000 + 300) / 10,000 is 23 %", () => {
    expect(grossMrrChurnRate({ startingMrr: 10000, contractionMrr: 300, churnedMrr: 2000 })).toBe(23);
  });

  it("returns undefined for a zero starting MRR", () => {
    expect(grossMrrChurnRate({ startingMrr: 0, contractionMrr: 0, churnedMrr: 0 })).toBeUndefined();
  });

  it("rejects an input without contraction", () => {
    expectCxError(() => grossMrrChurnRate({ startingMrr: 100, churnedMrr: 5 } as never), {
      code: "wrong-type",
      field: "contractionMrr",
    });
  });

  it("rejects an input that is not an object, calling it the input", () => {
    expectCxError(() => grossMrrChurnRate(null as never), { code: "wrong-type", field: "input" });
  });
});
