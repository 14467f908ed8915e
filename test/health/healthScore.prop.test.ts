import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healthScore } from "../../src/index.js";

const component = fc.record({
  value: fc.double({ min: 0, max: 100, noNaN: true }),
  weight: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

describe("healthScore properties", () => {
  it("lies between the lowest and highest weighted component", () => {
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 20 }), (components) => {
        const weighted = components.filter((c) => c.weight > 0);
        fc.pre(weighted.length > 0);
        const score = healthScore(components)!;
        expect(score).toBeGreaterThanOrEqual(Math.min(...weighted.map((c) => c.value)));
        expect(score).toBeLessThanOrEqual(Math.max(...weighted.map((c) => c.value)));
      }),
    );
  });

  it("equals the only weighted component, as a positive zero for -0", () => {
    fc.assert(
      fc.property(component, (c) => {
        fc.pre(c.weight > 0);
        expect(healthScore([c])).toBe(c.value === 0 ? 0 : c.value);
      }),
    );
  });
});
