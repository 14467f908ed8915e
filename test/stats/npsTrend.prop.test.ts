import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps, npsInterval, npsTrend } from "../../src/index.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 30 });
const periods = fc.array(scores, { minLength: 1, maxLength: 8 });
const methods = fc.constantFrom("adjusted-wald" as const, "wald" as const);

describe("npsTrend properties", () => {
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
            expect(
              p.responses === 0 || new Set(weeks.flat().map((s) => (s >= 9 ? 1 : s >= 7 ? 0 : -1))).size === 1,
            ).toBe(true);
            continue;
          }
          expect(p.lowerLimit!).toBeLessThanOrEqual(t.centre);
          expect(p.upperLimit!).toBeGreaterThanOrEqual(t.centre);
        }
      }),
    );
  });
});
