import { describe, expect, it } from "vitest";
import { paretoNbdExpectedPurchases } from "../../src/index.js";
import { relative } from "./cdnow.js";

// Published CDNOW parameters (Fader, Hardie and Lee 2005; Fader and Hardie's Pareto/NBD note).
const model = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe("paretoNbdExpectedPurchases", () => {
  it("matches Schmittlein, Morrison and Colombo (1987) equation (22) evaluated in mpmath", () => {
    // python3 scripts/reference/btyd_predictions.py (P(alive) by numerical integration)
    const cases: [number, number, number, number, number][] = [
      [2, 30.43, 38.86, 39, 1.4551231932576025],
      [2, 30.43, 38.86, 100, 3.0934052624726736],
      [0, 0, 38.86, 39, 0.10708146821530884],
      [7, 35, 38.86, 100, 9.856335856457873],
      [3, 5, 38.86, 39, 0.13439123159914576],
    ];
    for (const [frequency, recency, age, periods, expected] of cases) {
      expect(
        relative(paretoNbdExpectedPurchases(model, { frequency, recency, age }, { periods }), expected),
      ).toBeLessThan(1e-12);
    }
  });

  it("is 0 over 0 periods and continuous through s = 1", () => {
    const customer = { frequency: 2, recency: 30.43, age: 38.86 };
    expect(paretoNbdExpectedPurchases(model, customer, { periods: 0 })).toBe(0);
    const at = (s: number): number => paretoNbdExpectedPurchases({ ...model, s }, customer, { periods: 39 });
    expect(relative(at(1 + 1e-9), at(1))).toBeLessThan(1e-8);
    expect(relative(at(1 - 1e-9), at(1))).toBeLessThan(1e-8);
  });

  it("validates the options first", () => {
    expect(() => paretoNbdExpectedPurchases(null as never, null as never, { periods: Number.NaN })).toThrow(
      "paretoNbdExpectedPurchases: options.periods",
    );
  });
});
