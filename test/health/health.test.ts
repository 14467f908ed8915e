import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healthBand, healthScore } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("healthScore", () => {
  it("S4-HEALTH: a weighted index of components on 0 to 100", () => {
    expect(healthScore([{ value: 80, weight: 2 }, { value: 50, weight: 1 }])).toBe(70);
  });

  it("S4-HEALTH: normalises usage frequency, outcome change and breadth of use from their own scales", () => {
    const score = healthScore([
      { value: 12, weight: 3, min: 0, max: 20 }, // logins a month: 60
      { value: 15, weight: 1, min: -10, max: 40 }, // change in outcome, percent: 50
      { value: 5, weight: 1, min: 0, max: 5 }, // features in use: 100
      { value: 45, weight: 0, min: 0, max: 90, higherIsBetter: false }, // weight 0: ignored
    ]);
    expect(score).toBe((3 * 60 + 50 + 100) / 5);
  });

  it("clamps values beyond a scaled component's bounds, but rejects values off 0-100 without bounds", () => {
    expect(healthScore([{ value: 30, weight: 1, min: 0, max: 20 }])).toBe(100);
    expect(healthScore([{ value: -5, weight: 1, min: 0, max: 20 }])).toBe(0);
    expect(healthScore([{ value: -5, weight: 1, min: 0, max: 20, higherIsBetter: false }])).toBe(100);
    const error = expectCxError(() => healthScore([{ value: 101, weight: 1 }]), {
      code: "out-of-range",
      field: "components[0].value",
    });
    expect(error.message).toBe("healthScore: components[0].value must be a value from 0 to 100, received 101");
    const scaled = expectCxError(() => healthScore([{ value: NaN, weight: 1, min: 0, max: 20 }]), {
      code: "not-a-number",
      field: "components[0].value",
    });
    expect(scaled.message).toBe("healthScore: components[0].value must be a finite number, received NaN");
  });

  it("reads lower-is-better components by dividing once", () => {
    expect(healthScore([{ value: 10, weight: 1, min: 0, max: 30, higherIsBetter: false }])).toBe(200 / 3);
    expect(healthScore([{ value: 30, weight: 1, higherIsBetter: false } as never])).toBe(70);
  });

  it("returns undefined for no components, from any collection", () => {
    expect(healthScore([])).toBeUndefined();
    expect(healthScore(new Set())).toBeUndefined();
    expect(healthScore((function* () { yield { value: 40, weight: 1 }; })())).toBe(40);
    // Collections of records are iterated: an array-like object that is not iterable is not one.
    expectCxError(() => healthScore({ length: 1, 0: { value: 40, weight: 1 } } as never), { code: "wrong-type", field: "components" });
  });

  it("lies between the lowest and highest weighted component, and equals the only one (property)", () => {
    const component = fc.record({
      value: fc.double({ min: 0, max: 100, noNaN: true }),
      weight: fc.double({ min: 0, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 20 }), (components) => {
        const weighted = components.filter((c) => c.weight > 0);
        fc.pre(weighted.length > 0);
        const score = healthScore(components)!;
        expect(score).toBeGreaterThanOrEqual(Math.min(...weighted.map((c) => c.value)));
        expect(score).toBeLessThanOrEqual(Math.max(...weighted.map((c) => c.value)));
      }),
    );
    fc.assert(
      fc.property(component, (c) => {
        fc.pre(c.weight > 0);
        expect(healthScore([c])).toBe(c.value + 0);
      }),
    );
  });

  it("rejects bad components, naming the component and field", () => {
    expectCxError(() => healthScore([{ value: 120, weight: 1 }]), { code: "out-of-range", field: "components[0].value" });
    expectCxError(() => healthScore([{ value: 50, weight: 1 }, { value: 50, weight: -1 }]), {
      code: "negative",
      field: "components[1].weight",
    });
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 10, max: 10 }]), {
      code: "inconsistent",
      field: "components[0].max",
    });
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 0 } as never]), {
      code: "wrong-type",
      field: "components[0].max",
    });
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 0, max: 9, higherIsBetter: "no" as never }]), {
      code: "wrong-type",
      field: "components[0].higherIsBetter",
    });
    expectCxError(() => healthScore([{ value: 50, weight: 0 }]), { code: "inconsistent", field: "components" });
    expectCxError(() => healthScore([7 as never]), { code: "wrong-type", field: "components[0]" });
    expectCxError(() => healthScore([{ value: 100, weight: 1e307 }, { value: 100, weight: 1e307 }]), {
      code: "out-of-range",
      field: "components",
    });
    expectCxError(() => healthScore(42 as never), { code: "wrong-type", field: "components" });
  });
});

describe("healthBand", () => {
  it("S4-HEALTH: puts scores below 40 at risk, from 70 healthy, and between neutral", () => {
    expect(healthBand(0)).toBe("at-risk");
    expect(healthBand(39.99)).toBe("at-risk");
    expect(healthBand(40)).toBe("neutral");
    expect(healthBand(69.99)).toBe("neutral");
    expect(healthBand(70)).toBe("healthy");
    // Cuts need not be whole: a scorecard may put them at 42.5 and 67.5.
    expect(healthBand(42.4, { atRiskBelow: 42.5, healthyFrom: 67.5 })).toBe("at-risk");
    expect(healthBand(67.5, { atRiskBelow: 42.5, healthyFrom: 67.5 })).toBe("healthy");
    expect(healthBand(100)).toBe("healthy");
  });

  it("takes other cuts, and rejects cuts out of order or off the scale", () => {
    expect(healthBand(65, { atRiskBelow: 50, healthyFrom: 80 })).toBe("neutral");
    expect(healthBand(45, { atRiskBelow: 50 })).toBe("at-risk");
    expect(healthBand(50, { atRiskBelow: 50, healthyFrom: 50 })).toBe("healthy");
    expectCxError(() => healthBand(50, { atRiskBelow: 60, healthyFrom: 50 }), {
      code: "inconsistent",
      field: "options.healthyFrom",
    });
    expectCxError(() => healthBand(50, { healthyFrom: 101 }), { code: "out-of-range", field: "options.healthyFrom" });
    expectCxError(() => healthBand(101), { code: "out-of-range", field: "score" });
    expectCxError(() => healthBand(NaN), { code: "not-a-number", field: "score" });
  });
});
