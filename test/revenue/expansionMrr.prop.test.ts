import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expansionMrr } from "../../src/index.js";

describe("expansionMrr properties", () => {
  it("is never negative, and a customer only in current never changes it", () => {
    const snapshot = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e", "f"), fc.integer({ min: 0, max: 1e6 }));
    fc.assert(
      fc.property(snapshot, snapshot, fc.integer({ min: 1, max: 1e6 }), (previous, current, extra) => {
        const base = expansionMrr({ previous, current });
        expect(base).toBeGreaterThanOrEqual(0);
        expect(expansionMrr({ previous, current: { ...current, newcomer: extra } })).toBe(base);
        // reversing the order of customers changes nothing
        const reversed = Object.fromEntries(Object.entries(previous).reverse());
        expect(expansionMrr({ previous: reversed, current })).toBe(base);
      }),
    );
  });
});
