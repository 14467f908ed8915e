import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csatTrend, proportionInterval } from "../../src/index.js";

describe("csatTrend properties", () => {
  it("a CSAT window gives the interval of its concatenated ratings", () => {
    const ratings = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 20 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(ratings, fc.integer({ min: 1, max: 6 }), (months, window) => {
        const t = csatTrend(months, { window });
        if (t === undefined) return;
        t.periods.forEach((p, i) => {
          const all = i + 1 >= window ? months.slice(i + 1 - window, i + 1).flat() : [];
          const interval = proportionInterval({ successes: all.filter((r) => r >= 4).length, trials: all.length });
          expect([p.windowScore, p.windowLower, p.windowUpper]).toEqual([
            interval?.percent,
            interval?.lower,
            interval?.upper,
          ]);
        });
      }),
    );
  });
});
