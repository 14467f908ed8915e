import { describe, expect, it } from "vitest";
import { compareNps, computeNps } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("compareNps", () => {
  it("uses the unpooled standard error and a two-sided p-value: NPS 10 against 30, 100 answers each", () => {
    // Variances 0.7 - 0.1^2 = 0.69 and 0.7 - 0.3^2 = 0.61. R 4: options(digits = 17);
    // z <- 20 / (100 * sqrt(0.69 / 100 + 0.61 / 100)); c(z, 2 * pnorm(-z))
    //   ->  1.7541160386140586  0.079410625998942178
    const a = { promoters: 40, passives: 30, detractors: 30 };
    const b = { promoters: 50, passives: 30, detractors: 20 };
    const r = compareNps(a, b, { method: "wald" })!;
    expect(r.difference).toBe(20);
    expect(r.z).toBeCloseTo(1.7541160386140586, 10);
    expect(r.pValue).toBeCloseTo(0.079410625998942178, 10);
  });

  it("makes the same 10-point move significant with 10,000 answers a side", () => {
    const big = compareNps(
      { promoters: 4000, passives: 3000, detractors: 3000 },
      { promoters: 5000, passives: 3000, detractors: 2000 },
    )!;
    expect(big.pValue).toBeLessThan(1e-6);
  });

  it("reports no Wald test or interval when the standard error is 0, whether the scores differ or agree", () => {
    // One promoter against one detractor: Wald's standard error is 0 and it cannot answer.
    const none = { z: undefined, pValue: undefined, lower: undefined, upper: undefined };
    expect(compareNps([10], [0], { method: "wald" })).toMatchObject({ difference: -200, ...none });
    expect(compareNps([10, 10], [9, 9], { method: "wald" })).toMatchObject({ difference: 0, ...none });
  });

  it("always has a test with the adjusted Wald method, even for one promoter against one detractor", () => {
    expect(compareNps([10], [0])?.pValue).toBeGreaterThan(0);
  });

  it("names an unknown field of either group's counts under that group", () => {
    const counts = { promoters: 1, passives: 1, detractors: 1, extra: 1 } as never;
    expectCxError(() => compareNps(counts, [10]), { code: "unknown-field", field: "a.extra" });
    expectCxError(() => compareNps([10], counts), { code: "unknown-field", field: "b.extra" });
  });

  it("reports the difference b - a of the two NPS computeNps gives", () => {
    // a: 2 promoters, 1 detractor of 5 is 20; b: 3 promoters, 1 detractor of 4 is 50
    const a = [10, 9, 3, 7, 8];
    const b = [10, 10, 9, 6];
    const difference = compareNps(a, b)!.difference;
    expect(difference).toBe(30);
    expect(difference).toBe(computeNps(b)!.score - computeNps(a)!.score);
  });

  it("returns undefined when either side has no responses", () => {
    expect(compareNps([], [9])).toBeUndefined();
    expect(compareNps([9], [])).toBeUndefined();
  });

  it("rejects a confidence level of 1", () => {
    expectCxError(() => compareNps([9], [9], { confidence: 1 }), { code: "out-of-range", field: "options.confidence" });
  });

  it("names the sample at fault: a or b", () => {
    expectCxError(() => compareNps([9, 11], [9]), { code: "out-of-range", field: "a[1]", metric: "compareNps" });
    expectCxError(() => compareNps([9], new Set([9, 6.5])), { code: "not-integer", field: "b[1]" });
    expectCxError(() => compareNps([9], "9" as never), { code: "wrong-type", field: "b" });
    expectCxError(() => compareNps({ promoters: 1, passives: 0, detractors: 0.5 }, [9]), {
      code: "not-integer",
      field: "a.detractors",
    });
    expectCxError(() => compareNps([9], { min: 0, max: 10, counts: [1] }), {
      code: "inconsistent",
      field: "b.tally.counts",
    });
  });
});
