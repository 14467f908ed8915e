import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bgNbdExpectedPurchases,
  bgNbdNewCustomerPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdNewCustomerPurchases,
  paretoNbdProbabilityAlive,
} from "../../src/index.js";

/** A purchase history in weeks, consistent by construction. */
const history = fc
  .record({
    frequency: fc.integer({ min: 0, max: 12 }),
    recencyShare: fc.double({ min: 0, max: 1, noNaN: true }),
    age: fc.double({ min: 0.5, max: 60, noNaN: true }),
    count: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ frequency, recencyShare, age, count }) => ({
    frequency,
    recency: frequency === 0 ? 0 : recencyShare * age,
    age,
    count,
  }));
const rows = fc.array(history, { minLength: 1, maxLength: 8 });
const positive = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true });
const bgNbd = fc.record({
  r: positive(0.05, 5),
  alpha: positive(0.5, 30),
  a: positive(0.05, 5),
  b: positive(0.05, 10),
});
const paretoNbd = fc.record({
  r: positive(0.05, 5),
  alpha: positive(0.5, 30),
  s: positive(0.05, 5),
  beta: positive(0.5, 30),
});

describe("fits", () => {
  it("do not change when the rows are shuffled or a row's count is split in two", () => {
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(), (data, seed, which) => {
        const shuffled = [...data].sort(
          (p, q) => ((data.indexOf(p) * 7919 + seed) % 13) - ((data.indexOf(q) * 7919 + seed) % 13),
        );
        const i = which % data.length;
        const row = data[i]!;
        const split = [...data.slice(0, i), { ...row, count: 1 }, ...data.slice(i + 1)];
        if (row.count > 1) split.push({ ...row, count: row.count - 1 });
        // A few iterations suffice: the claim is that the same histories give the same numbers,
        // converged or not, and small random data sets can take long to converge.
        const options = { maxIterations: 15 };
        for (const fit of [fitBgNbd, fitParetoNbd] as const) {
          const reference = fit(data, options);
          expect(fit(shuffled, options)).toEqual(reference);
          expect(fit(split, options)).toEqual(reference);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe("probability alive", () => {
  it("never rises with age at fixed frequency and recency", () => {
    fc.assert(
      fc.property(bgNbd, paretoNbd, history, positive(0, 50), (bg, pareto, h, more) => {
        const later = { ...h, age: h.age + more };
        expect(bgNbdProbabilityAlive(bg, later)).toBeLessThanOrEqual(bgNbdProbabilityAlive(bg, h));
        expect(paretoNbdProbabilityAlive(pareto, later)).toBeLessThanOrEqual(
          paretoNbdProbabilityAlive(pareto, h) + 1e-12,
        );
      }),
    );
  });

  it("lies between 0 and 1", () => {
    fc.assert(
      fc.property(bgNbd, paretoNbd, history, (bg, pareto, h) => {
        for (const p of [bgNbdProbabilityAlive(bg, h), paretoNbdProbabilityAlive(pareto, h)]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe("expected purchases", () => {
  it("increase with the horizon, for a customer and for a new one", () => {
    fc.assert(
      fc.property(bgNbd, paretoNbd, history, positive(0.1, 100), positive(0.1, 100), (bg, pareto, h, t, more) => {
        const longer = { periods: t + more };
        const shorter = { periods: t };
        expect(bgNbdExpectedPurchases(bg, h, longer)).toBeGreaterThan(bgNbdExpectedPurchases(bg, h, shorter));
        expect(paretoNbdExpectedPurchases(pareto, h, longer)).toBeGreaterThan(
          paretoNbdExpectedPurchases(pareto, h, shorter),
        );
        expect(bgNbdNewCustomerPurchases(bg, longer)).toBeGreaterThan(bgNbdNewCustomerPurchases(bg, shorter));
        expect(paretoNbdNewCustomerPurchases(pareto, longer)).toBeGreaterThan(
          paretoNbdNewCustomerPurchases(pareto, shorter),
        );
      }),
    );
  });
});
