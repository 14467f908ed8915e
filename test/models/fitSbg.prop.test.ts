import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohortRetention, fitSbg } from "../../src/index.js";

/** A cohort's counts: a size, then counts that never rise, from a size and losses per period. */
const cohortArb = fc
  .tuple(
    fc.integer({ min: 1, max: 5000 }),
    fc.array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 1, maxLength: 10 }),
  )
  .map(([size, shares]) => {
    const counts = [size];
    for (const s of shares) counts.push(counts.at(-1)! - Math.floor(s * counts.at(-1)!));
    return counts;
  });

describe("fitSbg (properties)", () => {
  it("does not depend on the order of the cohorts", () => {
    fc.assert(
      fc.property(fc.array(cohortArb, { minLength: 1, maxLength: 5 }), (cohorts) => {
        expect(fitSbg([...cohorts].reverse())).toEqual(fitSbg(cohorts));
      }),
      { numRuns: 50 },
    );
  });

  it("does not depend on the order of the customers behind a cohort table", () => {
    const customerArb = fc.record({
      startedAt: fc
        .integer({ min: 0, max: 500 })
        .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      lifetime: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 80 }), fc.integer(), (rows, seed) => {
        const customers = rows.map(({ startedAt, lifetime }) => ({
          startedAt,
          endedAt:
            lifetime === undefined
              ? null
              : new Date(Date.parse(startedAt) + lifetime * 86_400_000).toISOString().slice(0, 10),
        }));
        const shuffled = fc.sample(fc.shuffledSubarray(customers, { minLength: customers.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const asOf = "2025-08-01";
        expect(fitSbg(cohortRetention(shuffled, { asOf })!)).toEqual(fitSbg(cohortRetention(customers, { asOf })!));
      }),
      { numRuns: 50 },
    );
  });

  it("is unchanged when a cohort is split into two identical halves", () => {
    fc.assert(
      fc.property(cohortArb, (cohort) => {
        const doubled = cohort.map((n) => 2 * n);
        expect(fitSbg([cohort, cohort])).toEqual(fitSbg(doubled));
      }),
      { numRuns: 50 },
    );
  });
});
