import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mrr, type Subscription } from "../../src/index.js";

describe("mrr properties", () => {
  it("gives the same MRR for 12 monthly payments of x and one yearly payment of 12x", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (cents) => {
        expect(mrr([{ amount: 12 * cents, interval: "year" }])).toBe(mrr([{ amount: cents, interval: "month" }]));
      }),
    );
  });

  it("does not depend on the order of subscriptions beyond the last bit", () => {
    const sub = fc.record({
      amount: fc.double({ min: 0, max: 1e6, noNaN: true }),
      interval: fc.constantFrom("day", "week", "month", "quarter", "year"),
      quantity: fc.integer({ min: 1, max: 50 }),
      discountPercent: fc.integer({ min: 0, max: 100 }),
    }) as fc.Arbitrary<Subscription>;
    fc.assert(
      fc.property(fc.array(sub, { maxLength: 40 }), (subs) => {
        const a = mrr(subs);
        const b = mrr([...subs].reverse());
        expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(Number.MIN_VALUE, Math.abs(a) * Number.EPSILON));
        expect(a).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
