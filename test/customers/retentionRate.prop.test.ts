import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { churnRate, retentionRate } from "../../src/index.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

describe("retentionRate properties", () => {
  it("adds up with churn to 100 when no one joined and end = start - lost", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), (start, l) => {
        const lost = l % (start + 1);
        const retained = retentionRate({ customersAtStart: start, customersAtEnd: start - lost, newCustomers: 0 })!;
        const churned = churnRate({ customersAtStart: start, customersLost: lost })!;
        expect(retained + churned).toBeCloseTo(100, 10);
        // exact in rationals: both are correctly rounded values of fractions that add up to 100
        expect(isCorrectlyRounded(retained, 100n * BigInt(start - lost), BigInt(start))).toBe(true);
      }),
    );
  });
});
