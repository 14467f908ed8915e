import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareNps,
  computeNps,
  npsInterval,
  type NpsIntervalResult,
  proportionInterval,
  type ProportionIntervalMethod,
} from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

const counts = fc
  .record({ promoters: fc.nat(2000), passives: fc.nat(2000), detractors: fc.nat(2000) })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);
const methods = fc.constantFrom("adjusted-wald" as const, "wald" as const);

describe("npsInterval", () => {
  it("gives the Wald interval from the trinomial variance", () => {
    // p = 0.5, d = 0.2: variance 0.7 - 0.09 = 0.61; 1.959964 x sqrt(0.61 / 100) = 0.153078
    const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 }, { method: "wald" })!;
    expect(r.marginOfError).toBeCloseTo(100 * 1.959963984540054 * Math.sqrt(0.0061), 10);
    expect(r.lower!).toBeCloseTo(30 - r.marginOfError!, 10);
    expect(r).toMatchObject({ score: 30, responses: 100, confidence: 0.95, method: "wald" });
  });

  it("centres the adjusted-Wald interval on the NPS with 0.75 promoters, 1.5 passives and 0.75 detractors added", () => {
    const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 })!;
    const p = 50.75 / 103;
    const d = 20.75 / 103;
    const moe = 100 * 1.959963984540054 * Math.sqrt((p + d - (p - d) ** 2) / 103);
    expect(r.marginOfError).toBeCloseTo(moe, 10);
    expect((r.lower + r.upper) / 2).toBeCloseTo(100 * (p - d), 10);
    expect(r.score).toBe(30);
  });

  it("never collapses to a point with adjusted Wald: 5 promoters of 5", () => {
    const r = npsInterval([10, 10, 9, 9, 10])!;
    expect(r.upper).toBe(100);
    expect(r.lower).toBeLessThan(60);
  });

  it("reports no Wald interval when the standard error is 0 (every respondent in one category)", () => {
    const wald = npsInterval([10, 10, 9, 9, 10], { method: "wald" })!;
    expect(wald).toMatchObject({ score: 100, responses: 5, lower: undefined, upper: undefined, marginOfError: undefined });
    expect(npsInterval([5, 0], { method: "wald" })?.marginOfError).toBeUndefined();
    expect(npsInterval([7, 8], { method: "wald" })?.lower).toBeUndefined();
  });

  it("returns undefined for no responses, and throws for bad scores as computeNps does, in its own name", () => {
    expect(npsInterval([])).toBeUndefined();
    expectCxError(() => npsInterval([11]), { code: "out-of-range", field: "scores[0]", metric: "npsInterval" });
    expectCxError(() => npsInterval({ promoters: 1, passives: -1, detractors: 0 }), { code: "negative", field: "passives", metric: "npsInterval" });
  });

  it("rejects bad confidence levels and methods", () => {
    for (const confidence of [0, 1, 1.5, -0.1]) {
      expectCxError(() => npsInterval([9], { confidence }), { code: "out-of-range", field: "options.confidence" });
    }
    expectCxError(() => npsInterval([9], { confidence: NaN }), { code: "not-a-number", field: "options.confidence" });
    expectCxError(() => npsInterval([9], { method: "bootstrap" as never }), { code: "out-of-range", field: "options.method" });
    expectCxError(() => npsInterval([9], 0.9 as never), { code: "wrong-type", field: "options" });
  });

  it("contains its centre, stays in range, shrinks when counts grow and widens with confidence (property)", () => {
    fc.assert(
      fc.property(counts, methods, fc.double({ min: 0.5, max: 0.99, noNaN: true }), (c, method, confidence) => {
        const r = npsInterval(c, { method, confidence }) as NpsIntervalResult;
        const n = c.promoters + c.passives + c.detractors;
        const adjust = method === "wald" ? 0 : 0.75;
        const centre = (100 * (c.promoters - c.detractors)) / (n + 4 * adjust);
        expect(r.lower).toBeLessThanOrEqual(centre + 1e-9);
        expect(r.upper).toBeGreaterThanOrEqual(centre - 1e-9);
        if (method === "wald") expect(r.lower <= r.score && r.score <= r.upper).toBe(true);
        expect(r.lower).toBeGreaterThanOrEqual(-100);
        expect(r.upper).toBeLessThanOrEqual(100);
        const four = npsInterval(
          { promoters: 4 * c.promoters, passives: 4 * c.passives, detractors: 4 * c.detractors },
          { method, confidence },
        )!;
        expect(four.marginOfError).toBeLessThanOrEqual(r.marginOfError);
        if (method === "wald") expect(four.marginOfError).toBeCloseTo(r.marginOfError / 2, 9);
        const wider = npsInterval(c, { method, confidence: (confidence + 1) / 2 })!;
        expect(wider.marginOfError).toBeGreaterThanOrEqual(r.marginOfError);
      }),
    );
  });
});

describe("compareNps", () => {
  it("gives difference 0 and p-value 1 for a sample compared with itself (property)", () => {
    fc.assert(
      fc.property(counts, methods, (c, method) => {
        const r = compareNps(c, c, { method })!;
        expect(r.difference).toBe(0);
        // A Wald sample whose respondents all fall in one category has no test at all (see below).
        if (r.z === undefined) return expect(method).toBe("wald");
        expect(r.z).toBe(0);
        expect(r.pValue).toBe(1);
        expect(r.lower).toBeLessThanOrEqual(0);
        expect(r.upper).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("negates the difference and keeps the p-value when a and b swap (property)", () => {
    fc.assert(
      fc.property(counts, counts, methods, (a, b, method) => {
        const ab = compareNps(a, b, { method })!;
        const ba = compareNps(b, a, { method })!;
        expect(ba.difference).toBeCloseTo(-ab.difference, 9);
        expect(ba.pValue!).toBeCloseTo(ab.pValue!, 12);
        expect(ba.lower!).toBeCloseTo(-ab.upper!, 9);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("uses the unpooled standard error and a two-sided p-value", () => {
    const a = { promoters: 40, passives: 30, detractors: 30 };
    const b = { promoters: 50, passives: 30, detractors: 20 };
    const r = compareNps(a, b, { method: "wald" })!;
    const se = 100 * Math.sqrt((0.7 - 0.01) / 100 + (0.7 - 0.09) / 100);
    expect(r.z).toBeCloseTo(20 / se, 10);
    expect(r.difference).toBe(20);
    // a large sample makes the same 10-point move significant
    const big = compareNps(
      { promoters: 4000, passives: 3000, detractors: 3000 },
      { promoters: 5000, passives: 3000, detractors: 2000 },
    )!;
    expect(big.pValue).toBeLessThan(1e-6);
  });

  it("reports no Wald test or interval when the standard error is 0", () => {
    // One promoter against one detractor: Wald's standard error is 0 and it cannot answer.
    const none = { z: undefined, pValue: undefined, lower: undefined, upper: undefined };
    expect(compareNps([10], [0], { method: "wald" })).toMatchObject({ difference: -200, ...none });
    expect(compareNps([10, 10], [9, 9], { method: "wald" })).toMatchObject({ difference: 0, ...none });
    // The adjusted Wald method always has a standard error.
    expect(compareNps([10], [0])?.pValue).toBeGreaterThan(0);
  });

  it("returns undefined when either side has no responses", () => {
    expect(compareNps([], [9])).toBeUndefined();
    expect(compareNps([9], [])).toBeUndefined();
    expectCxError(() => compareNps([9], [9], { confidence: 1 }), { code: "out-of-range", field: "options.confidence" });
  });

  it("names the sample at fault: a or b", () => {
    expectCxError(() => compareNps([9, 11], [9]), { code: "out-of-range", field: "a[1]", metric: "compareNps" });
    expectCxError(() => compareNps([9], new Set([9, 6.5])), { code: "not-integer", field: "b[1]" });
    expectCxError(() => compareNps([9], "9" as never), { code: "wrong-type", field: "b" });
    expectCxError(() => compareNps({ promoters: 1, passives: 0, detractors: 0.5 }, [9]), { code: "not-integer", field: "a.detractors" });
    expectCxError(() => compareNps([9], { min: 0, max: 10, counts: [1] }), { code: "wrong-type", field: "b.tally.counts" });
  });

  it("agrees with computeNps for the difference", () => {
    const a = [10, 9, 3, 7, 8];
    const b = [10, 10, 9, 6];
    expect(compareNps(a, b)!.difference).toBe(computeNps(b)!.score - computeNps(a)!.score);
  });
});

describe("proportionInterval", () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion", Statistics in Medicine
  // 17 (1998), 857-872, Table I: 95 % intervals, to 4 decimals.
  it.each([
    [81, 263, "wilson", 0.2553, 0.3662],
    [15, 148, "wilson", 0.0624, 0.1605],
    [0, 20, "wilson", 0, 0.1611],
    [1, 29, "wilson", 0.0061, 0.1718],
    [81, 263, "wald", 0.2522, 0.3638],
    [15, 148, "wald", 0.0527, 0.15],
    [1, 29, "wald", 0, 0.1009],
  ] as const)("matches Newcombe (1998) for %i of %i by %s", (x, n, method, lower, upper) => {
    const r = proportionInterval({ successes: x, trials: n }, { method: method as ProportionIntervalMethod })!;
    expect(r.lower! / 100).toBeCloseTo(lower, 4);
    expect(r.upper! / 100).toBeCloseTo(upper, 4);
  });

  it("computes Agresti-Coull as Wald on z^2/2 added successes and failures", () => {
    // Agresti and Coull (1998): for 95 %, about "add two successes and two failures"
    const r = proportionInterval({ successes: 0, trials: 20 }, { method: "agresti-coull" })!;
    const z = 1.959963984540054;
    const m = 20 + z * z;
    const p = (z * z) / 2 / m;
    expect(r.upper / 100).toBeCloseTo(p + z * Math.sqrt((p * (1 - p)) / m), 12);
    expect(r.lower).toBe(0);
  });

  it("contains the estimate (Wald, Wilson), stays in 0..100 and widens with confidence (property)", () => {
    const input = fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 5000 })).map(([a, b]) => ({ successes: a % (b + 1), trials: b }));
    const method = fc.constantFrom("wilson" as const, "agresti-coull" as const, "wald" as const);
    fc.assert(
      fc.property(input, method, fc.double({ min: 0.5, max: 0.99, noNaN: true }), (c, m, confidence) => {
        const r = proportionInterval(c, { method: m, confidence })!;
        if (m === "wald" && (c.successes === 0 || c.successes === c.trials)) {
          expect([r.lower, r.upper]).toEqual([undefined, undefined]);
          return;
        }
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.upper).toBeLessThanOrEqual(100);
        if (m !== "agresti-coull") expect(r.lower! <= r.percent + 1e-9 && r.percent <= r.upper! + 1e-9).toBe(true);
        const wider = proportionInterval(c, { method: m, confidence: (confidence + 1) / 2 })!;
        expect(wider.upper! - wider.lower!).toBeGreaterThanOrEqual(r.upper! - r.lower! - 1e-12);
        const four = proportionInterval({ successes: 4 * c.successes, trials: 4 * c.trials }, { method: m, confidence })!;
        expect(four.upper! - four.lower!).toBeLessThanOrEqual(r.upper! - r.lower! + 1e-12);
      }),
    );
  });

  it("returns undefined for no trials and rejects contradictions and bad counts", () => {
    expect(proportionInterval({ successes: 0, trials: 0 })).toBeUndefined();
    expectCxError(() => proportionInterval({ successes: 5, trials: 4 }), { code: "inconsistent", field: "successes" });
    expectCxError(() => proportionInterval({ successes: 1.5, trials: 4 }), { code: "not-integer", field: "successes" });
    expectCxError(() => proportionInterval({ successes: 1, trials: 4 }, { method: "exact" as never }), {
      code: "out-of-range",
      field: "options.method",
    });
  });
});
