import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps, csat, npsInterval, proportionInterval, rake, weightedCsat, weightedNps } from "../../src/index.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 });
const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe("weighted responses: properties", () => {
  it("weightedNps with all weights 1 gives exactly computeNps's score and shares and npsInterval's Wald interval", () => {
    fc.assert(
      fc.property(scores, confidence, (s, level) => {
        const w = weightedNps(s, { weights: s.map(() => 1), confidence: level })!;
        const plain = computeNps(s)!;
        const interval = npsInterval(s, { method: "wald", confidence: level })!;
        expect([w.score, w.promoterPercent, w.passivePercent, w.detractorPercent, w.effectiveResponses]).toEqual([
          plain.score,
          plain.promoterPercent,
          plain.passivePercent,
          plain.detractorPercent,
          plain.responses,
        ]);
        expect([w.lower, w.upper, w.marginOfError]).toEqual([interval.lower, interval.upper, interval.marginOfError]);
      }),
    );
  });

  it("weightedCsat with all weights 1 gives exactly csat's percentage and proportionInterval's Wald interval", () => {
    fc.assert(
      fc.property(ratings, confidence, (r, level) => {
        const w = weightedCsat(
          r.map((rating) => ({ rating, weight: 1 })),
          { confidence: level },
        )!;
        const satisfied = r.filter((x) => x >= 4).length;
        const interval = proportionInterval(
          { successes: satisfied, trials: r.length },
          { method: "wald", confidence: level },
        )!;
        expect([w.percent, w.lower, w.upper]).toEqual([csat(r), interval.lower, interval.upper]);
      }),
    );
  });

  it("multiplying every weight by a power of two changes nothing but the total weight", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: -10, max: 10 }), (s, e) => {
        const weights = s.map((_, i) => 1 + (i % 3));
        const a = weightedNps(s, { weights })!;
        const b = weightedNps(s, { weights: weights.map((x) => x * 2 ** e) })!;
        expect({ ...b, totalWeight: a.totalWeight }).toEqual(a);
      }),
    );
  });

  it("rake reaches every target share when every plan and region meet, and its weights add up to the number of respondents", () => {
    // With a respondent in every cell of the plan x region table, raking converges (Deming and Stephan 1940).
    const respondent = fc.record({ plan: fc.constantFrom("a", "b", "c"), region: fc.constantFrom("x", "y") });
    const cells = ["a", "b", "c"].flatMap((plan) => ["x", "y"].map((region) => ({ plan, region })));
    const shares = (keys: string[]) =>
      fc.array(fc.integer({ min: 1, max: 100 }), { minLength: keys.length, maxLength: keys.length }).map((w) => {
        const sum = w.reduce((a, b) => a + b, 0);
        return Object.fromEntries(keys.map((k, i) => [k, (100 * w[i]!) / sum]));
      });
    fc.assert(
      fc.property(
        fc.array(respondent, { maxLength: 80 }),
        shares(["a", "b", "c"]),
        shares(["x", "y"]),
        (more, plan, region) => {
          const people = [...cells, ...more];
          const targets = { plan, region };
          const r = rake(people, targets)!;
          expect(r.converged).toBe(true);
          const total = r.weights.reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(people.length, 6);
          for (const v of ["plan", "region"] as const) {
            for (const [k, target] of Object.entries(targets[v])) {
              const got = (100 * people.reduce((s, p, i) => s + (p[v] === k ? r.weights[i]! : 0), 0)) / people.length;
              expect(got).toBeCloseTo(target, 6);
            }
          }
        },
      ),
    );
  });
});
