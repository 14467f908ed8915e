import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbProbabilityAlive, fitBgBb, fitGammaGamma } from "../../src/index.js";

/** A BG/BB history over `periods` opportunities: 0 ≤ x ≤ tₓ ≤ n, tₓ = 0 exactly when x = 0. */
const history = (periods: number) =>
  fc
    .integer({ min: 0, max: periods })
    .chain((recency) =>
      fc.integer({ min: recency === 0 ? 0 : 1, max: recency }).map((frequency) => ({ frequency, recency, periods })),
    );
const bgBbRows = fc.array(
  fc.record({ h: history(6), count: fc.integer({ min: 1, max: 400 }) }).map(({ h, count }) => ({ ...h, count })),
  { minLength: 4, maxLength: 10 },
);
const ggRows = fc.array(
  fc.record({
    frequency: fc.integer({ min: 1, max: 8 }),
    monetaryValue: fc.integer({ min: 100, max: 9000 }).map((c) => c / 100),
    count: fc.integer({ min: 1, max: 50 }),
  }),
  { minLength: 5, maxLength: 20 },
);
const parameters = fc.record({
  alpha: fc.double({ min: 0.05, max: 20, noNaN: true }),
  beta: fc.double({ min: 0.05, max: 20, noNaN: true }),
  gamma: fc.double({ min: 0.05, max: 20, noNaN: true }),
  delta: fc.double({ min: 0.05, max: 20, noNaN: true }),
});

/** `rows` shuffled by `seed`, with row `k` split into two rows whose counts add up to its count. */
function shuffleAndSplit<R extends { count: number }>(rows: R[], seed: number, k: number): R[] {
  const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), {
    seed,
    numRuns: 1,
  })[0]!;
  const i = k % shuffled.length;
  const row = shuffled[i]!;
  if (row.count < 2) return shuffled;
  const part = 1 + (k % (row.count - 1));
  return [
    ...shuffled.slice(0, i),
    { ...row, count: part },
    ...shuffled.slice(i + 1),
    { ...row, count: row.count - part },
  ];
}

describe("fit properties", () => {
  it("fitBgBb: shuffling rows or splitting a row's count never changes the fit", () => {
    fc.assert(
      fc.property(bgBbRows, fc.integer(), fc.nat(), (rows, seed, k) => {
        expect(fitBgBb(shuffleAndSplit(rows, seed, k))).toStrictEqual(fitBgBb(rows));
      }),
      { numRuns: 30 },
    );
  });

  it("fitGammaGamma: shuffling rows or splitting a row's count never changes the fit", () => {
    fc.assert(
      fc.property(ggRows, fc.integer(), fc.nat(), (rows, seed, k) => {
        expect(fitGammaGamma(shuffleAndSplit(rows, seed, k))).toStrictEqual(fitGammaGamma(rows));
      }),
      { numRuns: 30 },
    );
  });
});

describe("BG/BB prediction properties", () => {
  it("the probability of being alive never rises with periods at a fixed frequency and recency", () => {
    fc.assert(
      fc.property(parameters, history(20), fc.integer({ min: 1, max: 30 }), (p, h, more) => {
        const now = bgBbProbabilityAlive(p, h);
        const later = bgBbProbabilityAlive(p, { ...h, periods: h.periods + more });
        expect(later).toBeLessThanOrEqual(now * (1 + 1e-12));
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(1);
      }),
    );
  });
});
