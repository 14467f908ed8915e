import { describe, expect, it } from "vitest";
import { weightedNps } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";
import { R, ROWS, relative, scores, weights } from "../helpers/weightedSample.js";

// Reference values: see test/helpers/weightedSample.ts (R 4 and its survey package).
describe("weightedNps", () => {
  it("matches R's svymean on a design with weights to 1e-9 relative", () => {
    expect(relative(weightedNps(scores, { weights })!.score, R.weightedNps)).toBeLessThan(1e-9);
    const records = ROWS.map((r) => ({ score: r[2], weight: r[4] }));
    expect(weightedNps(records)).toEqual(weightedNps(scores, { weights }));
  });

  it("gives a Kish margin 10 % narrower than R's linearization margin on this data (as the guide says)", () => {
    // Not an agreement test: the two estimators differ (docs/segments-and-trends.md). This pins the
    // size of the difference the guide reports, 24.6 against 27.5 points.
    const r = weightedNps(scores, { weights })!;
    const z = 1.959963984540054;
    expect(r.marginOfError!.toFixed(1)).toBe("24.6");
    expect((z * R.weightedNpsSe).toFixed(1)).toBe("27.5");
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
      field: "scores",
    });
    expectCxError(() => weightedNps([9], { weights: [1, 2] }), {
      code: "inconsistent",
      field: "scores",
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

describe("weightedNps with weights near the largest double", () => {
  it("keeps Kish's effective size where the squares of the weights overflow", () => {
    const r = weightedNps([
      { score: 9, weight: 1e200 },
      { score: 0, weight: 1e200 },
    ]);
    expect(r?.effectiveResponses).toBe(2);
    expect(r?.score).toBe(0);
  });

  it("keeps Kish's effective size when a larger weight follows a smaller one and the squares overflow", () => {
    // By hand: weights 1 and 3 (times 1e200): (1 + 3)^2 / (1 + 9) = 1.6, in either order.
    expect(weightedNps([9, 0], { weights: [1e200, 3e200] })?.effectiveResponses).toBeCloseTo(1.6, 12);
    expect(weightedNps([9, 0], { weights: [3e200, 1e200] })?.effectiveResponses).toBeCloseTo(1.6, 12);
  });

  it("keeps Kish's effective size when a weight of 0 comes first and the squares overflow", () => {
    // By hand: weights 0, 1, 1 (times 1e200): (0 + 1 + 1)^2 / (0 + 1 + 1) = 2.
    expect(weightedNps([7, 9, 0], { weights: [0, 1e200, 1e200] })?.effectiveResponses).toBe(2);
  });

  it("gives the Wald interval on shares of the total when the total's square overflows", () => {
    // By hand: promoter share 0.75, detractor share 0.25, so NPS 50 and +1/0/-1 variance
    // 1 - 0.5^2 = 0.75; Kish size (3 + 1)^2 / (9 + 1) = 1.6; margin 100 * 1.959964 * sqrt(0.75 / 1.6)
    // = 134.1896 (python3), so the interval runs from 50 - 134.19 = -84.19 to 100 (clipped).
    const r = weightedNps([10, 0], { weights: [3e200, 1e200] })!;
    expect(r.score).toBe(50);
    expect(r.marginOfError).toBeCloseTo(134.18956077878676, 9);
    expect(r.lower).toBeCloseTo(-84.18956077878676, 9);
    expect(r.upper).toBe(100);
  });

  it("gives the percentages of weights whose 100-fold overflows", () => {
    // 100 * 1e307 overflows; each share is half of the total of 2e307.
    const r = weightedNps([
      { score: 10, weight: 1e307 },
      { score: 0, weight: 1e307 },
    ])!;
    expect([r.score, r.promoterPercent, r.passivePercent, r.detractorPercent]).toEqual([0, 50, 0, 50]);
  });

  it("refuses weights whose total overflows, naming the weights and giving them as received", () => {
    const weights = [1e308, 1e308];
    const parallel = expectCxError(() => weightedNps([9, 0], { weights }), {
      code: "out-of-range",
      field: "options.weights",
    });
    expect(parallel.received).toBe(weights);
    const records = [
      { score: 9, weight: 1e308 },
      { score: 0, weight: 1e308 },
    ];
    expect(expectCxError(() => weightedNps(records), { code: "out-of-range", field: "responses" }).received).toBe(
      records,
    );
  });
});

describe("weightedNps with weights near the smallest double", () => {
  it("keeps Kish's effective size where the squares of the weights underflow to 0", () => {
    // By hand: two equal weights give (1 + 1)^2 / (1 + 1) = 2 (1e-162 squared is below the least double).
    expect(weightedNps([9, 0], { weights: [1e-162, 1e-162] })?.effectiveResponses).toBe(2);
  });
});

describe("weightedNps without options.weights", () => {
  it("asks for weighted records when given plain scores, naming the response", () => {
    const error = expectCxError(() => weightedNps([9]), { code: "inconsistent", field: "responses[0]" });
    expect(error.expected).toBe("a { score, weight } record, as options.weights is absent");
  });

  it("explains a bad weights option and a length mismatch", () => {
    expect(caught(() => weightedNps([9], { weights: 1 as never })).expected).toBe("an array of weights");
    expect(caught(() => weightedNps([9, 8], { weights: [1] })).expected).toBe(
      "one response per weight of options.weights (1)",
    );
    expect(caught(() => weightedNps([9], { weights: [1, 2] })).expected).toBe(
      "one response per weight of options.weights (2)",
    );
  });
});
