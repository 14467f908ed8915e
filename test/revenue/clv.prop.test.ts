import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clv } from "../../src/index.js";

describe("clv properties", () => {
  it("S4-CLV-DEF: is linear in each factor and unchanged when years become months", () => {
    const whole = fc.integer({ min: 0, max: 10000 });
    fc.assert(
      fc.property(
        whole,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 9 }),
        (v, perYear, years, k) => {
          const base = clv({ averagePurchaseValue: v, purchaseFrequency: perYear, lifespan: years })!;
          expect(clv({ averagePurchaseValue: k * v, purchaseFrequency: perYear, lifespan: years })).toBe(k * base);
          expect(clv({ averagePurchaseValue: v, purchaseFrequency: k * perYear, lifespan: years })).toBe(k * base);
          expect(clv({ averagePurchaseValue: v, purchaseFrequency: perYear, lifespan: k * years })).toBe(k * base);
          if (perYear % 12 === 0) {
            expect(clv({ averagePurchaseValue: v, purchaseFrequency: perYear / 12, lifespan: 12 * years })).toBe(base);
          }
        },
      ),
    );
  });
});
