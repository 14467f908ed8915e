import { describe, expect, it } from "vitest";
import { healthBand } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("healthBand", () => {
  it("S4-HEALTH: puts scores below 40 at risk, from 70 healthy, and between neutral", () => {
    expect(healthBand(0)).toBe("at-risk");
    expect(healthBand(39.99)).toBe("at-risk");
    expect(healthBand(40)).toBe("neutral");
    expect(healthBand(69.99)).toBe("neutral");
    expect(healthBand(70)).toBe("healthy");
    expect(healthBand(100)).toBe("healthy");
  });

  it("takes cuts that are not whole: a scorecard may put them at 42.5 and 67.5", () => {
    expect(healthBand(42.4, { atRiskBelow: 42.5, healthyFrom: 67.5 })).toBe("at-risk");
    expect(healthBand(67.5, { atRiskBelow: 42.5, healthyFrom: 67.5 })).toBe("healthy");
  });

  it("takes other cuts, one or both, and equal cuts leave no neutral band", () => {
    expect(healthBand(65, { atRiskBelow: 50, healthyFrom: 80 })).toBe("neutral");
    expect(healthBand(45, { atRiskBelow: 50 })).toBe("at-risk");
    expect(healthBand(50, { atRiskBelow: 50, healthyFrom: 50 })).toBe("healthy");
  });

  it("rejects cuts out of order or off the scale", () => {
    expectCxError(() => healthBand(50, { atRiskBelow: 60, healthyFrom: 50 }), {
      code: "inconsistent",
      field: "options.healthyFrom",
    });
    expectCxError(() => healthBand(50, { healthyFrom: 101 }), { code: "out-of-range", field: "options.healthyFrom" });
  });

  it("rejects a score off 0-100 or not a number", () => {
    expectCxError(() => healthBand(101), { code: "out-of-range", field: "score" });
    expectCxError(() => healthBand(NaN), { code: "not-a-number", field: "score" });
  });
});

describe("healthBand options errors", () => {
  it("names options.atRiskBelow and options.healthyFrom when they are not scores", () => {
    expectCxError(() => healthBand(50, { atRiskBelow: "x" as never }), {
      code: "wrong-type",
      field: "options.atRiskBelow",
    });
    expectCxError(() => healthBand(50, { atRiskBelow: 101 }), { code: "out-of-range", field: "options.atRiskBelow" });
    expectCxError(() => healthBand(50, { healthyFrom: -1 }), { code: "out-of-range", field: "options.healthyFrom" });
  });
});
