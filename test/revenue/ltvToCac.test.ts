import { describe, expect, it } from "vitest";
import { ltvToCac } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("ltvToCac", () => {
  it("divides lifetime value by acquisition cost: 4,500 over 1,500 is 3", () => {
    expect(ltvToCac({ lifetimeValue: 4500, acquisitionCost: 1500 })).toBe(3);
    expect(ltvToCac({ lifetimeValue: 0, acquisitionCost: 1500 })).toBe(0);
  });

  it("returns undefined for a zero acquisition cost", () => {
    expect(ltvToCac({ lifetimeValue: 4500, acquisitionCost: 0 })).toBeUndefined();
  });

  it("rejects bad amounts, a ratio that overflows and misspelt fields", () => {
    expectCxError(() => ltvToCac({ lifetimeValue: -1, acquisitionCost: 1 }), {
      code: "negative",
      field: "lifetimeValue",
      metric: "ltvToCac",
    });
    expectCxError(() => ltvToCac({ lifetimeValue: 1, acquisitionCost: Number.NaN }), {
      code: "not-a-number",
      field: "acquisitionCost",
    });
    expectCxError(() => ltvToCac({ lifetimeValue: 1e300, acquisitionCost: 1e-300 }), {
      code: "out-of-range",
      field: "lifetimeValue",
    });
    expectCxError(() => ltvToCac({ ltv: 1, acquisitionCost: 1 } as never), { code: "unknown-field", field: "ltv" });
  });
});
