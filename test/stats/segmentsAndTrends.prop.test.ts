import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps, csatTrend, npsBySegment, npsInterval, npsTrend, proportionInterval } from "../../src/index.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 30 });
const periods = fc.array(scores, { minLength: 1, maxLength: 8 });
const methods = fc.constantFrom("adjusted-wald" as const, "wald" as const);

describe("npsTrend and npsBySegment properties", () => {
  it("a window's merged periods give exactly the score and interval of their concatenated responses", () => {
    fc.assert(
      fc.property(periods, fc.integer({ min: 1, max: 8 }), methods, (weeks, window, method) => {
        const t = npsTrend(weeks, { window, method });
        if (t === undefined) {
          expect(weeks.flat()).toEqual([]);
          return;
        }
        t.periods.forEach((p, i) => {
          const responses = i + 1 >= window ? weeks.slice(i + 1 - window, i + 1).flat() : [];
          const interval = npsInterval(responses, { method });
          expect([p.windowResponses, p.windowScore, p.windowLower, p.windowUpper]).toEqual([
            responses.length,
            interval?.score,
            interval?.lower,
            interval?.upper,
          ]);
        });
      }),
    );
  });

  it("the centre line is the NPS of all responses, and each period's limits contain it", () => {
    fc.assert(
      fc.property(periods, (weeks) => {
        const t = npsTrend(weeks);
        if (t === undefined) return;
        expect(t.centre).toBe(computeNps(weeks.flat())!.score);
        for (const p of t.periods) {
          if (p.lowerLimit === undefined) {
            // No limits for an empty period, or when every response of every period is alike.
            expect(p.responses === 0 || new Set(weeks.flat().map((s) => (s >= 9 ? 1 : s >= 7 ? 0 : -1))).size === 1).toBe(true);
            continue;
          }
          expect(p.lowerLimit!).toBeLessThanOrEqual(t.centre);
          expect(p.upperLimit!).toBeGreaterThanOrEqual(t.centre);
        }
      }),
    );
  });

  it("each segment's rest is the concatenation of the other segments, and adjusted p-values are never below raw ones", () => {
    fc.assert(
      fc.property(periods, (groups) => {
        const segments = Object.fromEntries(groups.map((g, i) => [`s${i}`, g]));
        const rows = npsBySegment(segments);
        if (rows === undefined) {
          expect(groups.flat()).toEqual([]);
          return;
        }
        rows.forEach((r, i) => {
          const rest = groups.filter((_, j) => j !== i).flat();
          expect([r.restResponses, r.restScore]).toEqual([rest.length, computeNps(rest)?.score]);
          if (r.pValue !== undefined) expect(r.adjustedPValue!).toBeGreaterThanOrEqual(r.pValue);
        });
      }),
    );
  });

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
