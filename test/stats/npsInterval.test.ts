import { describe, expect, it } from "vitest";
import { npsInterval } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("npsInterval", () => {
  it("gives the Wald interval from the trinomial variance: 50, 30 and 20 of 100", () => {
    // p = 0.5, d = 0.2: variance 0.7 - 0.3^2 = 0.61. R 4: options(digits = 17);
    // 100 * qnorm(0.975) * sqrt(0.61 / 100)  ->  15.307808075042669
    const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 }, { method: "wald" })!;
    expect(r.marginOfError).toBeCloseTo(15.307808075042669, 10);
    expect(r.lower).toBeCloseTo(30 - 15.307808075042669, 10);
    expect(r.upper).toBeCloseTo(30 + 15.307808075042669, 10);
    expect(r).toMatchObject({ score: 30, responses: 100, confidence: 0.95, method: "wald" });
  });

  it(
    "centres the adjusted-Wald interval on the NPS " + "with 0.75 promoters, 1.5 passives and 0.75 detractors added",
    () => {
      // Rocks (2016), as MeasuringU publishes it: n = 103, p = 50.75 / 103, d = 20.75 / 103. R 4:
      // options(digits = 17); z <- qnorm(0.975); n <- 103; p <- 50.75 / n; d <- 20.75 / n
      // m <- 100 * z * sqrt((p + d - (p - d)^2) / n); c(m, 100 * (p - d) - m, 100 * (p - d) + m)
      //   ->  15.0750834134714  14.051130178761607  44.201297005704404
      const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 })!;
      expect(r.marginOfError).toBeCloseTo(15.0750834134714, 10);
      expect(r.lower).toBeCloseTo(14.051130178761607, 10);
      expect(r.upper).toBeCloseTo(44.201297005704404, 10);
      expect(r.score).toBe(30);
    },
  );

  it("never collapses to a point with adjusted Wald: 5 promoters of 5", () => {
    const r = npsInterval([10, 10, 9, 9, 10])!;
    expect(r.upper).toBe(100);
    expect(r.lower).toBeLessThan(60);
  });

  it("reports no Wald interval when every answer is a promoter (a zero standard error)", () => {
    const wald = npsInterval([10, 10, 9, 9, 10], { method: "wald" })!;
    expect(wald).toMatchObject({
      score: 100,
      responses: 5,
      lower: undefined,
      upper: undefined,
      marginOfError: undefined,
    });
  });

  it("returns undefined for no responses", () => {
    expect(npsInterval([])).toBeUndefined();
  });

  it("throws for bad scores and counts as computeNps does, in its own name", () => {
    expectCxError(() => npsInterval([11]), { code: "out-of-range", field: "scores[0]", metric: "npsInterval" });
    expectCxError(() => npsInterval({ promoters: 1, passives: -1, detractors: 0 }), {
      code: "negative",
      field: "passives",
      metric: "npsInterval",
    });
  });

  it("rejects confidence levels outside (0, 1) and NaN", () => {
    for (const confidence of [0, 1, 1.5, -0.1]) {
      expectCxError(() => npsInterval([9], { confidence }), { code: "out-of-range", field: "options.confidence" });
    }
    expectCxError(() => npsInterval([9], { confidence: NaN }), { code: "not-a-number", field: "options.confidence" });
  });

  it("rejects unknown methods and options that are not an object", () => {
    expectCxError(() => npsInterval([9], { method: "bootstrap" as never }), {
      code: "out-of-range",
      field: "options.method",
    });
    expectCxError(() => npsInterval([9], 0.9 as never), { code: "wrong-type", field: "options" });
  });
});
