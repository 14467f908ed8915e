import { describe, expect, it } from "vitest";
import { bgNbdExpectedPurchases, fitBgNbd } from "../../src/index.js";
import { cdnowHistories, relative } from "./cdnow.js";

// Published CDNOW parameters, Fader, Hardie and Lee (2005), Marketing Science 24(2).
const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const paperCustomer = { frequency: 2, recency: 30.43, age: 38.86 };

describe("bgNbdExpectedPurchases", () => {
  it("gives the paper's 1.226 purchases in the next 39 weeks for (2, 30.43, 38.86)", () => {
    // FHL (2005), section 5: the worked example after equation (10).
    expect(bgNbdExpectedPurchases(model, paperCustomer, { periods: 39 }).toFixed(3)).toBe("1.226");
    expect(bgNbdExpectedPurchases(fitBgNbd(cdnowHistories())!, paperCustomer, { periods: 39 }).toFixed(3)).toBe(
      "1.226",
    );
  });

  it("matches equation (10) evaluated in mpmath", () => {
    // python3 scripts/reference/btyd_predictions.py
    const cases: [number, number, number, number, number][] = [
      [2, 30.43, 38.86, 39, 1.2260281747671444],
      [2, 30.43, 38.86, 100, 2.593485982494117],
      [0, 0, 38.86, 39, 0.19509805201126265],
      [0, 0, 38.86, 100, 0.4394954028241826],
      [7, 35, 38.86, 39, 4.387487854487961],
      [7, 35, 38.86, 100, 8.934581488720802],
      [3, 5, 38.86, 39, 0.09161330503177059],
      [3, 5, 38.86, 100, 0.19116972136043728],
    ];
    for (const [frequency, recency, age, periods, expected] of cases) {
      expect(relative(bgNbdExpectedPurchases(model, { frequency, recency, age }, { periods }), expected)).toBeLessThan(
        1e-12,
      );
    }
  });

  it("takes the limit at a = 1, where the formula is 0/0", () => {
    // mpmath's limit of equation (10) as a -> 1 (same script).
    const value = bgNbdExpectedPurchases({ ...model, a: 1 }, paperCustomer, { periods: 39 });
    expect(relative(value, 1.1021367860399558)).toBeLessThan(1e-9);
  });

  it("is 0 over 0 periods", () => {
    expect(bgNbdExpectedPurchases(model, paperCustomer, { periods: 0 })).toBe(0);
  });

  it("validates the options before the model and the customer", () => {
    expect(() => bgNbdExpectedPurchases(null as never, null as never, { periods: -1 })).toThrow(
      "bgNbdExpectedPurchases: options.periods must be a non-negative finite number, received -1",
    );
    expect(() => bgNbdExpectedPurchases(model, paperCustomer, {} as never)).toThrow("options.periods");
    expect(() => bgNbdExpectedPurchases(model, paperCustomer, { periods: 1, weeks: 2 } as never)).toThrow(
      "options.weeks",
    );
    expect(() => bgNbdExpectedPurchases(model, paperCustomer, undefined as never)).toThrow("options");
  });
});
