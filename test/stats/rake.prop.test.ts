import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rake } from "../../src/index.js";

describe("rake properties", () => {
  it(
    "rake reaches every target share when every plan and region meet, " +
      "and its weights add up to the number of respondents",
    () => {
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
    },
  );
});
