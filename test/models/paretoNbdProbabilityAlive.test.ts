import { describe, expect, it } from "vitest";
import { paretoNbdProbabilityAlive } from "../../src/index.js";
import { relative } from "./cdnow.js";

// Published CDNOW parameters (Fader, Hardie and Lee 2005; Fader and Hardie's Pareto/NBD note).
const model = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

describe("paretoNbdProbabilityAlive", () => {
  it("matches the definition, the death time integrated numerically in mpmath (not the 2F1 form)", () => {
    // python3 scripts/reference/btyd_predictions.py (mpmath.quad over the death time)
    const cases: [number, number, number, number][] = [
      [2, 30.43, 38.86, 0.8691675591530111],
      [0, 0, 38.86, 0.29528660461689415],
      [7, 35, 38.86, 0.936081176461501],
      [3, 5, 38.86, 0.05768066870172874],
    ];
    for (const [frequency, recency, age, p] of cases) {
      expect(relative(paretoNbdProbabilityAlive(model, { frequency, recency, age }), p)).toBeLessThan(1e-12);
    }
  });

  it("uses the other form of 2F1 when alpha exceeds beta, with the same accuracy", () => {
    const swapped = { ...model, alpha: 11.669, beta: 10.578 };
    expect(
      relative(paretoNbdProbabilityAlive(swapped, { frequency: 2, recency: 30.43, age: 38.86 }), 0.8669234295147701),
    ).toBeLessThan(1e-12);
    expect(
      relative(paretoNbdProbabilityAlive(swapped, { frequency: 3, recency: 5, age: 38.86 }), 0.06003905844832512),
    ).toBeLessThan(1e-12);
  });

  it("is 1 when the last purchase ends the observation", () => {
    expect(paretoNbdProbabilityAlive(model, { frequency: 4, recency: 20, age: 20 })).toBe(1);
  });

  it("stays a probability when recency is within rounding of age", () => {
    const p = paretoNbdProbabilityAlive(model, { frequency: 8, recency: 38.86 * (1 - 1e-15), age: 38.86 });
    expect(p).toBeGreaterThan(0.999);
    expect(p).toBeLessThanOrEqual(1);
  });

  it("names a bad parameter", () => {
    expect(() => paretoNbdProbabilityAlive({ ...model, s: -1 }, { frequency: 0, recency: 0, age: 1 })).toThrow(
      "model.s",
    );
  });
});
