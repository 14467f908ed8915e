import { describe, expect, it } from "vitest";
import { bgNbdProbabilityAlive, CxMetricsError, fitBgNbd } from "../../src/index.js";
import { relative } from "./cdnow.js";

// Published CDNOW parameters, Fader, Hardie and Lee (2005), Marketing Science 24(2).
const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("bgNbdProbabilityAlive", () => {
  it("matches FHL (2005) equation (13) evaluated in mpmath", () => {
    // python3 scripts/reference/btyd_predictions.py
    const cases: [number, number, number, number][] = [
      [2, 30.43, 38.86, 0.726578570080673],
      [7, 35, 38.86, 0.8437678219280123],
      [3, 5, 38.86, 0.038151389689822894],
    ];
    for (const [frequency, recency, age, p] of cases) {
      expect(relative(bgNbdProbabilityAlive(model, { frequency, recency, age }), p)).toBeLessThan(1e-13);
    }
  });

  it("is 1 for a customer with no repeat purchase", () => {
    expect(bgNbdProbabilityAlive(model, { frequency: 0, recency: 0, age: 38.86 })).toBe(1);
  });

  it("takes a fit's result as the model", () => {
    const fit = fitBgNbd([
      { frequency: 0, recency: 0, age: 10, count: 5 },
      { frequency: 2, recency: 3, age: 10, count: 3 },
      { frequency: 1, recency: 9, age: 10, count: 2 },
    ])!;
    const p = bgNbdProbabilityAlive(fit, { frequency: 2, recency: 3, age: 10 });
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it("names a bad parameter of the model and a bad field of the customer", () => {
    expect(() => bgNbdProbabilityAlive({ ...model, alpha: 0 }, { frequency: 0, recency: 0, age: 1 })).toThrow(
      "bgNbdProbabilityAlive: model.alpha must be a positive finite number above 0, received 0",
    );
    expect(() => bgNbdProbabilityAlive(null as never, { frequency: 0, recency: 0, age: 1 })).toThrow(CxMetricsError);
    expect(() => bgNbdProbabilityAlive(model, { frequency: 1, recency: 2, age: 1 })).toThrow("customer.recency");
    expect(() => bgNbdProbabilityAlive(model, { frequency: -1, recency: 0, age: 1 })).toThrow("customer.frequency");
  });
});
