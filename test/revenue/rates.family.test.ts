// The rules the five revenue rates share: each reads the result of mrrMovements or the same
// fields by hand, requires every movement it reads, returns undefined for a zero starting MRR,
// and the rates relate to each other as their definitions say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  averageOrderValue,
  crc,
  grossMrrChurnRate,
  grossRevenueRetention,
  mrrMovements,
  netMrrChurnRate,
  netRevenueRetention,
  quickRatio,
} from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

const full = { startingMrr: 100, newMrr: 5, expansionMrr: 10, contractionMrr: 5, churnedMrr: 5, reactivationMrr: 0 };
const rates: [string, (input: never) => unknown, string[]][] = [
  ["grossMrrChurnRate", grossMrrChurnRate as never, ["startingMrr", "contractionMrr", "churnedMrr"]],
  ["grossRevenueRetention", grossRevenueRetention as never, ["startingMrr", "contractionMrr", "churnedMrr"]],
  ["netMrrChurnRate", netMrrChurnRate as never, ["startingMrr", "expansionMrr", "contractionMrr", "churnedMrr"]],
  [
    "netRevenueRetention",
    netRevenueRetention as never,
    ["startingMrr", "expansionMrr", "contractionMrr", "churnedMrr"],
  ],
  ["quickRatio", quickRatio as never, ["newMrr", "expansionMrr", "contractionMrr", "churnedMrr"]],
];

describe("revenue rates", () => {
  it.each(rates)("%s rejects the input when any of its fields is missing", (metric, fn, fields) => {
    for (const field of fields) {
      const input: Record<string, number> = { ...full };
      delete input[field];
      expectCxError(() => fn(input as never), { code: "wrong-type", field, metric });
    }
    expect(fn(full as never)).toBeDefined();
  });

  it("read the result of mrrMovements: the guide's example", () => {
    const m = mrrMovements({
      previous: { a: 5000, b: 3000, c: 2000 },
      current: { a: 5900, b: 2700, d: 1200, e: 100 },
      formerCustomers: ["e"],
    });
    expect(grossMrrChurnRate(m)).toBe(23);
    expect(netMrrChurnRate(m)).toBe(13);
    expect(netRevenueRetention(m)).toBe(86);
    expect(grossRevenueRetention(m)).toBe(77);
    expect(quickRatio(m)).toBe(22 / 23);
  });

  it(
    "NRR = 100 - net MRR churn without reactivation; " +
      "GRR = 100 - gross MRR churn, GRR <= NRR and GRR <= 100 (property)",
    () => {
      const positive = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), fc.integer({ min: 1, max: 1e6 }));
      fc.assert(
        fc.property(positive, positive, (previous, current) => {
          const m = mrrMovements({ previous, current });
          fc.pre(m.startingMrr > 0);
          const nrr = netRevenueRetention(m)!;
          const grr = grossRevenueRetention(m)!;
          expect(nrr).toBeCloseTo(100 - netMrrChurnRate(m)!, 9);
          expect(grr).toBeCloseTo(100 - grossMrrChurnRate(m)!, 9);
          expect(grr).toBeLessThanOrEqual(nrr + 1e-9);
          expect(grr).toBeLessThanOrEqual(100);
        }),
      );
    },
  );

  it("change no rate when every MRR is scaled by k (property)", () => {
    const positive = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), fc.integer({ min: 1, max: 1e6 }));
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 2, max: 1000 }), (previous, current, k) => {
        const m = mrrMovements({ previous, current });
        fc.pre(m.startingMrr > 0);
        const scale = (s: Record<string, number>): Record<string, number> =>
          Object.fromEntries(Object.entries(s).map(([id, v]) => [id, k * v]));
        const big = mrrMovements({ previous: scale(previous), current: scale(current) });
        for (const rate of [netRevenueRetention, grossRevenueRetention, netMrrChurnRate, grossMrrChurnRate]) {
          expect(rate(big)).toBeCloseTo(rate(m)!, 9);
        }
        const q = quickRatio(m);
        if (q !== undefined) expect(quickRatio(big)).toBeCloseTo(q, 9);
      }),
    );
  });

  it("amounts per count reject an amount above 0 over a count of 0, saying the amount must be 0", () => {
    const aov = expectCxError(() => averageOrderValue({ revenue: 5, orders: 0 }), {
      code: "inconsistent",
      field: "revenue",
    });
    expect(aov.expected).toBe("0 when orders is 0");
    const cost = expectCxError(() => crc({ retentionCosts: 5, customers: 0 }), {
      code: "inconsistent",
      field: "retentionCosts",
    });
    expect(cost.expected).toBe("0 when customers is 0");
  });
});
