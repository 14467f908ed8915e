import { describe, expect, it } from "vitest";
import { paretoNbdNewCustomerPurchases } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { relative } from "./cdnow.js";

// Published CDNOW parameters (Fader, Hardie and Lee 2005; Fader and Hardie's Pareto/NBD note).
const model = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe("paretoNbdNewCustomerPurchases", () => {
  it("matches Schmittlein, Morrison and Colombo (1987) equation (17) evaluated in mpmath", () => {
    // python3 scripts/reference/btyd_predictions.py
    const cases: [number, number][] = [
      [1, 0.050979843245990995],
      [39, 1.2130028442810157],
      [78, 1.909398129313685],
      [1000, 7.434923632121746],
    ];
    for (const [periods, expected] of cases) {
      expect(relative(paretoNbdNewCustomerPurchases(model, { periods }), expected), `t = ${periods}`).toBeLessThan(
        1e-12,
      );
    }
  });

  it("takes the limit r beta ln(1 + t/beta) / alpha at s = 1", () => {
    // Same script: the limit of the bracket over s - 1.
    expect(
      relative(paretoNbdNewCustomerPurchases({ ...model, s: 1 }, { periods: 39 }), 0.8957632368864324),
    ).toBeLessThan(1e-14);
  });

  it("is 0 over 0 periods and rejects a bad model", () => {
    expect(paretoNbdNewCustomerPurchases(model, { periods: 0 })).toBe(0);
    expect(() => paretoNbdNewCustomerPurchases({ ...model, beta: "11" } as never, { periods: 1 })).toThrow(
      "model.beta",
    );
  });
});

describe("paretoNbdNewCustomerPurchases beyond a finite forecast", () => {
  it("names the periods when the model gives a finite forecast over one period but not over these", () => {
    const large = { r: 1e300, alpha: 1, s: 0.5, beta: 1 };
    expect(Number.isFinite(paretoNbdNewCustomerPurchases(large, { periods: 1 }))).toBe(true);
    expectCxError(() => paretoNbdNewCustomerPurchases(large, { periods: 1e300 }), {
      code: "out-of-range",
      field: "options.periods",
    });
  });
});
