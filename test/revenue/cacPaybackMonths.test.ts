import { describe, expect, it } from "vitest";
import { cacPaybackMonths } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("cacPaybackMonths", () => {
  it("divides CAC by the monthly gross margin of a new customer: 1,500 / (250 x 80 %) is 7.5 months", () => {
    expect(cacPaybackMonths({ acquisitionCost: 1500, mrrPerNewCustomer: 250, grossMarginPercent: 80 })).toBe(7.5);
    expect(cacPaybackMonths({ acquisitionCost: 1200, mrrPerNewCustomer: 100, grossMarginPercent: 100 })).toBe(12);
    expect(cacPaybackMonths({ acquisitionCost: 0, mrrPerNewCustomer: 100, grossMarginPercent: 50 })).toBe(0);
  });

  it("returns undefined when a new customer brings no monthly margin", () => {
    expect(cacPaybackMonths({ acquisitionCost: 1500, mrrPerNewCustomer: 0, grossMarginPercent: 80 })).toBeUndefined();
    expect(cacPaybackMonths({ acquisitionCost: 1500, mrrPerNewCustomer: 250, grossMarginPercent: 0 })).toBeUndefined();
  });

  it("rejects bad amounts, a margin above 100 %, overflow and misspelt fields", () => {
    const ok = { acquisitionCost: 1500, mrrPerNewCustomer: 250, grossMarginPercent: 80 };
    expectCxError(() => cacPaybackMonths({ ...ok, acquisitionCost: -1 }), {
      code: "negative",
      field: "acquisitionCost",
      metric: "cacPaybackMonths",
    });
    expectCxError(() => cacPaybackMonths({ ...ok, mrrPerNewCustomer: Infinity }), {
      code: "not-finite",
      field: "mrrPerNewCustomer",
    });
    expectCxError(() => cacPaybackMonths({ ...ok, grossMarginPercent: 101 }), {
      code: "out-of-range",
      field: "grossMarginPercent",
    });
    expectCxError(() => cacPaybackMonths({ ...ok, acquisitionCost: 1e300, mrrPerNewCustomer: 1e-300 }), {
      code: "out-of-range",
      field: "acquisitionCost",
    });
    expectCxError(() => cacPaybackMonths({ ...ok, marginPercent: 80 } as never), {
      code: "unknown-field",
      field: "marginPercent",
    });
  });
});
