import { describe, expect, it } from "vitest";
import { bgBbProbabilityAlive, fitBgBb } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { CASES, EXACT, relative } from "./bgBbReference.js";
import { donations } from "./cdnow.js";

const customer = { frequency: 1, recency: 2, periods: 3 };

describe("bgBbProbabilityAlive", () => {
  it("gives the probability of being alive at the next opportunity of the paper's equation (11)", () => {
    for (const c of CASES) {
      const p = bgBbProbabilityAlive(EXACT, { frequency: c.x, recency: c.tx, periods: c.n });
      expect(relative(p, c.alive), `${c.x} ${c.tx}`).toBeLessThan(1e-6);
    }
  });

  it("takes a fit as the model, its extra fields ignored", () => {
    const fit = fitBgBb(donations())!;
    const donor = { frequency: 3, recency: 5, periods: 6 };
    const { alpha, beta, gamma, delta } = fit;
    expect(bgBbProbabilityAlive(fit, donor)).toBe(bgBbProbabilityAlive({ alpha, beta, gamma, delta }, donor));
  });

  it("is certain a customer is alive with no dropout to speak of and a perfect record", () => {
    const p = bgBbProbabilityAlive(
      { alpha: 1, beta: 1, gamma: 1e-9, delta: 1e9 },
      { frequency: 6, recency: 6, periods: 6 },
    );
    expect(p).toBeLessThanOrEqual(1);
    expect(p).toBeCloseTo(1, 6);
  });

  it("names the model parameter or customer field at fault", () => {
    expectCxError(() => bgBbProbabilityAlive({ ...EXACT, gamma: 0 }, customer), {
      code: "out-of-range",
      field: "model.gamma",
      metric: "bgBbProbabilityAlive",
    });
    expectCxError(() => bgBbProbabilityAlive({ alpha: 1, beta: 1, gamma: 1 } as never, customer), {
      code: "wrong-type",
      field: "model.delta",
    });
    expectCxError(() => bgBbProbabilityAlive(EXACT, { ...customer, recency: Number.NaN }), {
      code: "not-a-number",
      field: "customer.recency",
    });
    expectCxError(() => bgBbProbabilityAlive(EXACT, { ...customer, age: 3 } as never), {
      code: "unknown-field",
      field: "customer.age",
    });
  });

  it("takes histories of up to 1,000,000 opportunities: 10^9 is out-of-range, not a 10^9-term sum", () => {
    // A new user's report: periods 1e9 ran out of memory after 33 s and killed the process.
    const donor = { frequency: 3, recency: 5 };
    const p = bgBbProbabilityAlive(EXACT, { ...donor, periods: 1_000_000 });
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(bgBbProbabilityAlive(EXACT, { ...donor, periods: 999 }));
    for (const periods of [1_000_001, 1e9]) {
      const error = expectCxError(() => bgBbProbabilityAlive(EXACT, { ...donor, periods }), {
        code: "out-of-range",
        field: "customer.periods",
      });
      expect([error.expected, error.received]).toEqual(["a whole number from 0 to 1000000", periods]);
    }
  });
});
