import { describe, expect, it } from "vitest";
import { weightedCsat } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { R, ROWS, ratings, relative, weights } from "../helpers/weightedSample.js";

// Reference values: see test/helpers/weightedSample.ts (R 4 and its survey package).
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
    expect(weightedCsat([5, 4], { weights: [1, 2] })).toMatchObject({
      percent: 100,
      lower: undefined,
      upper: undefined,
    });
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

  it("refuses weights whose total overflows, naming the weights and giving them as received", () => {
    const weights = [1e308, 1e308];
    const parallel = expectCxError(() => weightedCsat([5, 1], { weights }), {
      code: "out-of-range",
      field: "options.weights",
    });
    expect(parallel.received).toBe(weights);
    const records = [
      { rating: 5, weight: 1e308 },
      { rating: 1, weight: 1e308 },
    ];
    expect(expectCxError(() => weightedCsat(records), { code: "out-of-range", field: "responses" }).received).toBe(
      records,
    );
  });
});
