import { describe, expect, it } from "vitest";
import { rake, weightedCsat, weightedNps } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";
import { R, ratings, relative, respondents, scores, TARGETS } from "../helpers/weightedSample.js";

// Reference values: see test/helpers/weightedSample.ts (R 4 and its survey package).
describe("rake", () => {
  it("matches the weights of R's survey::rake to 1e-9 relative", () => {
    const r = rake(respondents, TARGETS)!;
    expect(r.converged).toBe(true);
    r.weights.forEach((w, i) => {
      expect(relative(w, R.rakeWeights[i]!)).toBeLessThan(1e-9);
    });
  });

  it("gives weights whose NPS and CSAT match R's svymean on the raked design to 1e-9 relative", () => {
    const w = rake(respondents, TARGETS)!.weights;
    expect(relative(weightedNps(scores, { weights: w })!.score, R.rakedNps)).toBeLessThan(1e-9);
    expect(relative(weightedCsat(ratings, { weights: w })!.percent, R.rakedSat)).toBeLessThan(1e-9);
  });

  it("gives a Kish margin 16 % wider than R's linearization margin on the raked design (as the guide says)", () => {
    // Not an agreement test: the estimators differ; this pins the gap the guide reports, 22.6 against 19.4.
    const r = weightedNps(scores, { weights: rake(respondents, TARGETS)!.weights })!;
    expect(r.marginOfError!.toFixed(1)).toBe("22.6");
    expect((1.959963984540054 * R.rakedNpsSe).toFixed(1)).toBe("19.4");
  });

  it("makes every variable's weighted shares match their targets", () => {
    const r = rake(respondents, TARGETS)!;
    const share = (variable: "plan" | "region", category: string): number =>
      (100 * respondents.reduce((s, p, i) => s + (p[variable] === category ? r.weights[i]! : 0), 0)) /
      respondents.length;
    for (const [variable, targets] of Object.entries(TARGETS)) {
      for (const [category, target] of Object.entries(targets))
        expect(share(variable as "plan", category)).toBeCloseTo(target, 9);
    }
    expect(r.maxDifferencePoints).toBeLessThanOrEqual(1e-10);
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(60, 9);
  });

  it("reports no convergence when stopped after too few passes", () => {
    const r = rake(respondents, TARGETS, { maxIterations: 1 })!;
    expect(r).toMatchObject({ iterations: 1, converged: false });
    expect(r.maxDifferencePoints).toBeGreaterThan(1e-10);
    expect(rake(respondents, TARGETS, { tolerance: 1 })!.iterations).toBeLessThan(
      rake(respondents, TARGETS)!.iterations,
    );
  });

  it("reports the effective sample size of the weights", () => {
    const r = rake([{ plan: "a" }, { plan: "a" }, { plan: "a" }, { plan: "b" }], { plan: { a: 50, b: 50 } })!;
    expect(r.weights).toEqual([2 / 3, 2 / 3, 2 / 3, 2]);
    expect(r.effectiveResponses).toBeCloseTo(16 / (3 * (4 / 9) + 4), 12);
  });

  it(
    "reports no convergence for targets no weights can meet: " +
      "a region whose only respondents are on a plan of target 0",
    () => {
      const r = rake(
        [
          { plan: "a", region: "x" },
          { plan: "b", region: "y" },
        ],
        { plan: { a: 100, b: 0 }, region: { x: 50, y: 50 } },
      )!;
      expect(r).toMatchObject({ converged: false, iterations: 1000, maxDifferencePoints: 50 });
    },
  );

  it("gives weight 0 to respondents of a category whose target is 0", () => {
    expect(rake([{ plan: "a" }, { plan: "b" }], { plan: { a: 100, b: 0 } })!.weights).toEqual([2, 0]);
  });

  it("accepts a category with a target of 0 and no respondents", () => {
    expect(rake([{ plan: "a" }, { plan: "b" }], { plan: { a: 50, b: 50, enterprise: 0 } })!.weights).toEqual([1, 1]);
  });

  it("refuses a category with a positive target and no respondents", () => {
    expectCxError(() => rake([{ plan: "a" }], { plan: { a: 90, enterprise: 10 } }), {
      code: "inconsistent",
      field: "targets.plan.enterprise",
      metric: "rake",
    });
  });

  it("returns undefined without respondents", () => {
    expect(rake([], TARGETS)).toBeUndefined();
  });

  it("rejects bad targets, values and options, naming the field", () => {
    expectCxError(() => rake(respondents, { plan: { free: 50, pro: 30, enterprise: 30 } }), {
      code: "inconsistent",
      field: "targets.plan",
    });
    expectCxError(() => rake(respondents, { plan: { free: 150, pro: -50 } }), {
      code: "out-of-range",
      field: "targets.plan.free",
    });
    expectCxError(() => rake(respondents, {}), { code: "out-of-range", field: "targets" });
    expectCxError(() => rake(respondents, { plan: [] as never }), { code: "wrong-type", field: "targets.plan" });
    expectCxError(() => rake([{ plan: "free" }, { plan: "gold" }], { plan: { free: 100 } }), {
      code: "inconsistent",
      field: "respondents[1].plan",
    });
    expectCxError(() => rake([{ plan: 1 }], { plan: { free: 100 } }), {
      code: "wrong-type",
      field: "respondents[0].plan",
    });
    expectCxError(() => rake([null as never], { plan: { free: 100 } }), {
      code: "wrong-type",
      field: "respondents[0]",
    });
    expectCxError(() => rake(respondents, TARGETS, { maxIterations: 0 }), {
      code: "out-of-range",
      field: "options.maxIterations",
    });
    expectCxError(() => rake(respondents, TARGETS, { maxIterations: 1.5 }), {
      code: "not-integer",
      field: "options.maxIterations",
    });
    expectCxError(() => rake(respondents, null as never), { code: "wrong-type", field: "targets" });
    expectCxError(() => rake(respondents, TARGETS, { tolerance: 0 }), {
      code: "out-of-range",
      field: "options.tolerance",
    });
    expectCxError(() => rake(respondents, TARGETS, { tol: 1 } as never), {
      code: "unknown-field",
      field: "options.tol",
    });
  });

  it("stops as soon as the largest difference equals the tolerance, and reports convergence", () => {
    // By hand: one pass gives weights [2, 0] on plan, then [1, 0] on region; plan a then holds 50 %
    // against 100 % and region y 0 % against 50 %: a largest difference of exactly 50 points.
    const r = rake(
      [
        { plan: "a", region: "x" },
        { plan: "b", region: "y" },
      ],
      { plan: { a: 100, b: 0 }, region: { x: 50, y: 50 } },
      { tolerance: 50 },
    )!;
    expect(r).toMatchObject({ weights: [1, 0], iterations: 1, converged: true, maxDifferencePoints: 50 });
  });

  it("explains each refusal of the targets and the respondents", () => {
    expect(caught(() => rake(respondents, {})).expected).toBe("at least one variable");
    expect(caught(() => rake(respondents, { plan: { free: 50, pro: 30, enterprise: 30 } })).expected).toBe(
      "shares that add up to 100",
    );
    expect(caught(() => rake([{ plan: "a" }], { plan: { a: 90, enterprise: 10 } })).expected).toBe(
      "0 for a category without respondents",
    );
    expect(caught(() => rake([{ plan: 1 }], { plan: { free: 100 } })).expected).toBe("a string");
    expect(caught(() => rake([{ plan: "gold" }], { plan: { free: 60, pro: 40 } })).expected).toBe(
      "one of the categories of targets.plan (free, pro)",
    );
  });

  it("refuses a respondent without a variable of the targets, naming the respondent's field", () => {
    const error = expectCxError(() => rake([{ plan: "free" }, { region: "EU" }], { plan: { free: 100 } }), {
      code: "inconsistent",
      field: "respondents[1].plan",
    });
    expect(error.expected).toBe("a category, as targets.plan rakes on it");
  });
});
