import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csat } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { badNumber, caught } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

const scaleAndRatings = fc
  .record({ min: fc.integer({ min: -5, max: 5 }), width: fc.integer({ min: 1, max: 10 }) })
  .chain(({ min, width }) =>
    fc.record({
      scale: fc.constant({ min, max: min + width }),
      cut: fc.integer({ min, max: min + width }),
      ratings: fc.array(fc.integer({ min, max: min + width }), { minLength: 1, maxLength: 200 }),
    }),
  );

describe("csat properties", () => {
  it("stays within 0..100 and agrees with counting the satisfied ratings by hand", () => {
    fc.assert(
      fc.property(scaleAndRatings, ({ scale, cut, ratings }) => {
        const result = csat(ratings, { scale, satisfiedAtLeast: cut }) as number;
        const satisfied = ratings.filter((r) => r >= cut).length;
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThanOrEqual(100);
        expect(result).toBe(csat({ satisfied, responses: ratings.length }));
      }),
    );
  });

  it("S4-CSAT: does not change when both counts are scaled by k", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 1000 }), (a, b, k) => {
        const responses = Math.max(a, b) + 1;
        const satisfied = Math.min(a, b);
        expect(csat({ satisfied: k * satisfied, responses: k * responses })).toBe(csat({ satisfied, responses }));
      }),
    );
  });

  it("does not depend on the order of the ratings", () => {
    fc.assert(
      fc.property(scaleAndRatings, ({ scale, ratings }) => {
        expect(csat([...ratings].reverse(), { scale })).toBe(csat(ratings, { scale }));
      }),
    );
  });

  it("never falls when the threshold is lowered", () => {
    fc.assert(
      fc.property(scaleAndRatings, ({ scale, cut, ratings }) => {
        fc.pre(cut > scale.min);
        expect(csat(ratings, { scale, satisfiedAtLeast: cut - 1 })).toBeGreaterThanOrEqual(
          csat(ratings, { scale, satisfiedAtLeast: cut }) as number,
        );
      }),
    );
  });

  it("agrees exactly with a BigInt rational oracle", () => {
    const n = fc.integer({ min: 1, max: MAX_COUNT });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const [satisfied, responses] = a <= b ? [a, b] : [b, a];
        const result = csat({ satisfied, responses }) as number;
        expect(isCorrectlyRounded(result, 100n * BigInt(satisfied), BigInt(responses))).toBe(true);
      }),
    );
  });

  it("rejects every kind of bad rating with the right code, naming its index", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 20 }),
        fc.oneof(
          badNumber,
          fc.constantFrom(0, 6, -3, 100).map((value) => ({ value, code: "out-of-range" as const })),
        ),
        fc.nat(),
        (ratings, bad, at) => {
          const i = at % (ratings.length + 1);
          const input: unknown[] = [...ratings];
          input.splice(i, 0, bad.value);
          const error = caught(() => csat(input as number[]));
          expect([error.code, error.field, error.metric]).toEqual([bad.code, `ratings[${i}]`, "csat"]);
        },
      ),
    );
  });
});
