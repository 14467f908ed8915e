import { describe, expect, it } from "vitest";
import { rake, weightedCsat, weightedNps } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

// 60 generated respondents (Python's random.Random(18); plan, region, NPS score, CSAT rating,
// weight), the data behind the R reference values below, computed once with R 4 and the survey
// package 4 (Debian r-cran-survey) from the same rows written to a CSV:
//   d$nps <- ifelse(d$score >= 9, 100, ifelse(d$score <= 6, -100, 0)); d$sat <- 100 * (d$rating >= 4)
//   des <- svydesign(ids = ~1, weights = ~w, data = d); svymean(~nps, des); svymean(~sat, des)
//   des1 <- svydesign(ids = ~1, data = d)
//   plan.pop <- data.frame(plan = c("free", "pro", "enterprise"), Freq = c(50, 30, 20) / 100 * nrow(d))
//   region.pop <- data.frame(region = c("EU", "AM", "APAC"), Freq = c(40, 40, 20) / 100 * nrow(d))
//   r <- rake(des1, list(~plan, ~region), list(plan.pop, region.pop), control = list(maxit = 1000, epsilon = 1e-15))
//   weights(r); svymean(~nps, r); svymean(~sat, r)
export const ROWS: readonly (readonly [string, string, number, number, number])[] = [
  ["free", "AM", 5, 2, 1],
  ["enterprise", "AM", 2, 4, 1.5],
  ["free", "EU", 4, 1, 1.5],
  ["free", "AM", 2, 2, 1],
  ["free", "AM", 9, 5, 1],
  ["pro", "APAC", 7, 2, 1.5],
  ["free", "EU", 6, 2, 2],
  ["free", "AM", 8, 3, 1.5],
  ["free", "EU", 1, 3, 2],
  ["free", "AM", 7, 2, 1],
  ["free", "AM", 6, 2, 2],
  ["free", "AM", 3, 5, 1.5],
  ["free", "EU", 10, 5, 2],
  ["free", "EU", 2, 4, 0.5],
  ["free", "EU", 5, 2, 2],
  ["pro", "APAC", 10, 5, 0.5],
  ["enterprise", "EU", 1, 4, 2],
  ["pro", "EU", 6, 2, 1.5],
  ["pro", "AM", 5, 2, 1.5],
  ["free", "APAC", 4, 2, 2],
  ["enterprise", "AM", 0, 5, 2],
  ["free", "EU", 10, 4, 0.5],
  ["free", "AM", 7, 5, 0.5],
  ["free", "AM", 4, 4, 2],
  ["free", "AM", 6, 2, 1],
  ["free", "AM", 5, 3, 2],
  ["free", "APAC", 5, 5, 1],
  ["enterprise", "AM", 3, 3, 0.5],
  ["free", "AM", 3, 2, 1.5],
  ["free", "EU", 5, 3, 0.5],
  ["pro", "APAC", 2, 4, 2],
  ["pro", "EU", 8, 1, 1.5],
  ["enterprise", "APAC", 0, 5, 1.5],
  ["free", "EU", 4, 2, 1.5],
  ["free", "AM", 7, 1, 0.5],
  ["pro", "EU", 10, 3, 3.25],
  ["pro", "AM", 1, 2, 0.5],
  ["pro", "APAC", 5, 2, 0.5],
  ["free", "APAC", 10, 4, 3.25],
  ["pro", "AM", 6, 4, 1.5],
  ["free", "EU", 10, 2, 1],
  ["free", "EU", 5, 1, 3.25],
  ["free", "EU", 8, 2, 1.5],
  ["free", "EU", 7, 3, 0.5],
  ["free", "AM", 8, 2, 1.5],
  ["free", "APAC", 9, 2, 3.25],
  ["free", "EU", 9, 3, 3.25],
  ["free", "EU", 4, 5, 0.5],
  ["free", "AM", 8, 5, 1],
  ["free", "APAC", 4, 2, 1],
  ["free", "APAC", 2, 1, 2],
  ["free", "EU", 1, 4, 2],
  ["free", "AM", 5, 3, 2],
  ["free", "EU", 10, 3, 3.25],
  ["free", "APAC", 5, 2, 0.5],
  ["pro", "AM", 9, 2, 2],
  ["free", "EU", 4, 3, 1],
  ["free", "APAC", 5, 2, 1.5],
  ["free", "EU", 3, 1, 1.5],
  ["free", "EU", 2, 5, 1],
];
export const TARGETS = { plan: { free: 50, pro: 30, enterprise: 20 }, region: { EU: 40, AM: 40, APAC: 20 } };
const R = {
  weightedNps: -36.464088397790057,
  weightedNpsSe: 14.030567272485106,
  weightedSat: 30.662983425414367,
  rakeWeights: [
    0.64368979919150004, 2.3803279968408937, 0.7657614837900365, 0.64368979919150004, 0.64368979919150004,
    1.3967481364269578, 0.7657614837900365, 0.64368979919150004, 0.7657614837900365, 0.64368979919150004,
    0.64368979919150004, 0.64368979919150004, 0.7657614837900365, 0.7657614837900365, 0.7657614837900365,
    1.3967481364269578, 2.8317420923204191, 1.9510094106262825, 1.6399948056033298, 0.5482166921419086,
    2.3803279968408937, 0.7657614837900365, 0.64368979919150004, 0.64368979919150004, 0.64368979919150004,
    0.64368979919150004, 0.5482166921419086, 2.3803279968408937, 0.64368979919150004, 0.7657614837900365,
    1.3967481364269578, 1.9510094106262825, 2.0272739171568994, 0.7657614837900365, 0.64368979919150004,
    1.9510094106262825, 1.6399948056033298, 1.3967481364269578, 0.5482166921419086, 1.6399948056033298,
    0.7657614837900365, 0.7657614837900365, 0.7657614837900365, 0.7657614837900365, 0.64368979919150004,
    0.5482166921419086, 0.7657614837900365, 0.7657614837900365, 0.64368979919150004, 0.5482166921419086,
    0.5482166921419086, 0.7657614837900365, 0.64368979919150004, 0.7657614837900365, 0.5482166921419086,
    1.6399948056033298, 0.7657614837900365, 0.5482166921419086, 0.7657614837900365, 0.7657614837900365,
  ],
  rakedNps: -50.242024633422574,
  rakedNpsSe: 9.9193746478933633,
  rakedSat: 38.271023940996479,
};

const relative = (actual: number | undefined, expected: number): number => Math.abs(actual! / expected - 1);
const scores = ROWS.map((r) => r[2]);
const ratings = ROWS.map((r) => r[3]);
const weights = ROWS.map((r) => r[4]);
const respondents = ROWS.map(([plan, region]) => ({ plan, region }));

describe("weightedNps", () => {
  it("matches R's svymean on a design with weights to 1e-9 relative", () => {
    expect(relative(weightedNps(scores, { weights })!.score, R.weightedNps)).toBeLessThan(1e-9);
    const records = ROWS.map((r) => ({ score: r[2], weight: r[4] }));
    expect(weightedNps(records)).toEqual(weightedNps(scores, { weights }));
  });

  it("gives a Kish interval within 15 % of the width of R's linearization standard error on this data", () => {
    const r = weightedNps(scores, { weights })!;
    const z = 1.959963984540054;
    expect(Math.abs(r.marginOfError! / (z * R.weightedNpsSe) - 1)).toBeLessThan(0.15);
  });

  it("reports the effective sample size (sum w)^2 / sum w^2", () => {
    const r = weightedNps([10, 0], { weights: [1, 3] })!;
    expect(r).toMatchObject({ score: -50, totalWeight: 4, effectiveResponses: 16 / 10, responses: 2 });
    expect([r.promoterPercent, r.passivePercent, r.detractorPercent]).toEqual([25, 0, 75]);
  });

  it("gives no interval when every weighted answer falls in one category (zero variance), as npsInterval", () => {
    expect(weightedNps([9, 10, 3], { weights: [1, 2, 0] })).toMatchObject({
      score: 100,
      lower: undefined,
      upper: undefined,
      marginOfError: undefined,
    });
  });

  it("returns undefined without responses or when the weights add up to 0", () => {
    expect(weightedNps([])).toBeUndefined();
    expect(weightedNps([], { weights: [] })).toBeUndefined();
    expect(weightedNps([{ score: 9, weight: 0 }])).toBeUndefined();
  });

  it("rejects bad scores, weights and lengths, naming the field", () => {
    expectCxError(() => weightedNps([9, 11], { weights: [1, 1] }), {
      code: "out-of-range",
      field: "scores[1]",
      metric: "weightedNps",
    });
    expectCxError(() => weightedNps([9, 8], { weights: [1, -1] }), { code: "negative", field: "options.weights[1]" });
    expectCxError(() => weightedNps([9, 8], { weights: [1] }), {
      code: "inconsistent",
      field: "options.weights.length",
    });
    expectCxError(() => weightedNps([9], { weights: [1, 2] }), {
      code: "inconsistent",
      field: "options.weights.length",
    });
    expectCxError(() => weightedNps([9], { weights: 1 as never }), { code: "wrong-type", field: "options.weights" });
    expectCxError(() => weightedNps([9], { weights: null as never }), { code: "wrong-type", field: "options.weights" });
    expectCxError(() => weightedNps([9], { weights: "1" as never }), { code: "wrong-type", field: "options.weights" });
    expectCxError(() => weightedNps([{ score: 9, weight: Number.NaN }]), {
      code: "not-a-number",
      field: "responses[0].weight",
    });
    expectCxError(() => weightedNps([{ score: 9.5, weight: 1 }]), { code: "not-integer", field: "responses[0].score" });
    expectCxError(() => weightedNps([{ score: 9, wieght: 1 }] as never), {
      code: "unknown-field",
      field: "responses[0].wieght",
    });
    expectCxError(() => weightedNps([null] as never), { code: "wrong-type", field: "responses[0]" });
    expectCxError(() => weightedNps([9], { weights: [1], confidence: 2 }), {
      code: "out-of-range",
      field: "options.confidence",
    });
  });
});

describe("weightedCsat", () => {
  it("matches R's svymean on a design with weights to 1e-9 relative", () => {
    expect(relative(weightedCsat(ratings, { weights })!.percent, R.weightedSat)).toBeLessThan(1e-9);
    expect(weightedCsat(ROWS.map((r) => ({ rating: r[3], weight: r[4] })))).toEqual(weightedCsat(ratings, { weights }));
  });

  it("returns undefined without ratings or when the weights add up to 0", () => {
    expect(weightedCsat([])).toBeUndefined();
    expect(weightedCsat([5, 1], { weights: [0, 0] })).toBeUndefined();
  });

  it("reports the effective sample size (sum w)^2 / sum w^2", () => {
    expect(weightedCsat([5, 1, 1], { weights: [2, 1, 1] })).toMatchObject({
      percent: 50,
      totalWeight: 4,
      effectiveResponses: 16 / 6,
    });
  });

  it("uses the scale and threshold as csat does", () => {
    expect(
      weightedCsat([7, 6, 5], { weights: [1, 2, 1], scale: { min: 1, max: 7 }, satisfiedAtLeast: 7 })!.percent,
    ).toBe(25);
  });

  it("gives no interval when no or every rating is satisfied (the Wald variance is 0)", () => {
    expect(weightedCsat([1, 2], { weights: [1, 2] })).toMatchObject({ percent: 0, lower: undefined, upper: undefined });
    expect(weightedCsat([5, 4], { weights: [1, 2] })).toMatchObject({ percent: 100, lower: undefined, upper: undefined });
  });

  it("rejects ratings off the scale and bad options", () => {
    expectCxError(() => weightedCsat([6], { weights: [1] }), {
      code: "out-of-range",
      field: "ratings[0]",
      metric: "weightedCsat",
    });
    expectCxError(() => weightedCsat([{ rating: 0, weight: 1 }]), {
      code: "out-of-range",
      field: "responses[0].rating",
    });
    expectCxError(() => weightedCsat([5], { satisfiedAtLeast: 9 }), {
      code: "out-of-range",
      field: "options.satisfiedAtLeast",
    });
    expectCxError(() => weightedCsat([4.5], { weights: [1] }), { code: "not-integer", field: "ratings[0]" });
    expectCxError(() => weightedCsat([5], { weights: [1], confidence: 0 }), {
      code: "out-of-range",
      field: "options.confidence",
    });
  });
});

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

  it("reports no convergence for targets no weights can meet: a region whose only respondents are on a plan of target 0", () => {
    const r = rake(
      [
        { plan: "a", region: "x" },
        { plan: "b", region: "y" },
      ],
      { plan: { a: 100, b: 0 }, region: { x: 50, y: 50 } },
    )!;
    expect(r).toMatchObject({ converged: false, iterations: 1000, maxDifferencePoints: 50 });
  });

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
      code: "out-of-range",
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
});
