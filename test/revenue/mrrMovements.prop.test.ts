import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expansionMrr, mrrMovements } from "../../src/index.js";

const ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
const snapshot = fc.dictionary(
  fc.constantFrom(...ids),
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1e5, noNaN: true })),
);
const movements = fc
  .record({ previous: snapshot, current: snapshot, former: fc.subarray(ids) })
  .map(({ previous, current, former }) => mrrMovements({ previous, current, formerCustomers: former }));

describe("mrrMovements properties", () => {
  it("ending = starting + new + expansion + reactivation - contraction - churned", () => {
    fc.assert(
      fc.property(movements, (m) => {
        const rebuilt = m.startingMrr + m.newMrr + m.expansionMrr + m.reactivationMrr - m.contractionMrr - m.churnedMrr;
        expect(Math.abs(rebuilt - m.endingMrr)).toBeLessThanOrEqual(1e-9 * Math.max(1, m.endingMrr, m.startingMrr));
      }),
    );
  });

  it("never gives a negative movement", () => {
    fc.assert(
      fc.property(movements, (m) => {
        for (const key of ["newMrr", "expansionMrr", "contractionMrr", "churnedMrr", "reactivationMrr"] as const) {
          expect(m[key]).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("swapping previous and current swaps new with churned and expansion with contraction", () => {
    const positive = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), fc.integer({ min: 1, max: 1e6 }));
    fc.assert(
      fc.property(positive, positive, (previous, current) => {
        const forward = mrrMovements({ previous, current });
        const back = mrrMovements({ previous: current, current: previous });
        expect(back.newMrr).toBe(forward.churnedMrr);
        expect(back.churnedMrr).toBe(forward.newMrr);
        expect(back.expansionMrr).toBe(forward.contractionMrr);
        expect(back.contractionMrr).toBe(forward.expansionMrr);
      }),
    );
  });

  it("agrees with expansionMrr for the expansion movement", () => {
    fc.assert(
      fc.property(snapshot, snapshot, (previous, current) => {
        expect(mrrMovements({ previous, current }).expansionMrr).toBeCloseTo(expansionMrr({ previous, current }), 6);
      }),
    );
  });
});
