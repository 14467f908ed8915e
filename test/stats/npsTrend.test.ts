import { describe, expect, it } from "vitest";
import { compareNps, computeNps, npsInterval, npsTrend } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

const WEEKS = [
  { promoters: 50, passives: 30, detractors: 20 },
  { promoters: 52, passives: 28, detractors: 20 },
  { promoters: 20, passives: 30, detractors: 50 },
  { promoters: 9, passives: 4, detractors: 2 },
];

/** The population variance of +1/0/-1 responses, from the responses themselves. */
function responseVariance(c: { promoters: number; passives: number; detractors: number }): number {
  const values = [
    ...Array(c.promoters).fill(1),
    ...Array(c.passives).fill(0),
    ...Array(c.detractors).fill(-1),
  ] as number[];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}

describe("npsTrend", () => {
  it("scores each period as computeNps and npsInterval do", () => {
    const t = npsTrend(WEEKS, { method: "wald", confidence: 0.9 })!;
    t.periods.forEach((p, i) => {
      const interval = npsInterval(WEEKS[i]!, { method: "wald", confidence: 0.9 })!;
      expect(p).toMatchObject({
        period: String(i),
        responses: interval.responses,
        score: interval.score,
        lower: interval.lower,
        upper: interval.upper,
      });
    });
  });

  it("compares each period with the one before as compareNps does", () => {
    const t = npsTrend(WEEKS)!;
    expect(t.periods[0]).toMatchObject({ change: undefined, changePValue: undefined });
    for (let i = 1; i < WEEKS.length; i++) {
      const c = compareNps(WEEKS[i - 1]!, WEEKS[i]!)!;
      expect(t.periods[i]).toMatchObject({ change: c.difference, changePValue: c.pValue });
    }
  });

  it("centres the control chart on the NPS of all periods together", () => {
    const t = npsTrend(WEEKS)!;
    expect(t.responses).toBe(315);
    expect(t.centre).toBe(computeNps({ promoters: 131, passives: 92, detractors: 92 })!.score);
  });

  it("sets control limits at 3 standard errors of the pooled NPS variance for each period's own size", () => {
    const t = npsTrend(WEEKS)!;
    const sd = 100 * Math.sqrt(responseVariance({ promoters: 131, passives: 92, detractors: 92 }));
    t.periods.forEach((p) => {
      const n = p.responses;
      expect(p.lowerLimit).toBeCloseTo(Math.max(-100, t.centre - (3 * sd) / Math.sqrt(n)), 10);
      expect(p.upperLimit).toBeCloseTo(Math.min(100, t.centre + (3 * sd) / Math.sqrt(n)), 10);
      expect(p.outside).toBe(p.score! < p.lowerLimit! || p.score! > p.upperLimit!);
    });
    expect(t.periods.map((p) => p.outside)).toEqual([false, false, true, false]);
    expect(t.periods[3]!.upperLimit! - t.periods[3]!.lowerLimit!).toBeGreaterThan(
      t.periods[0]!.upperLimit! - t.periods[0]!.lowerLimit!,
    );
  });

  it("flags a period above its upper limit as well as one below its lower limit", () => {
    const t = npsTrend([WEEKS[2]!, WEEKS[0]!, { promoters: 90, passives: 5, detractors: 5 }])!;
    expect(t.periods.map((p) => [p.score! > p.upperLimit!, p.score! < p.lowerLimit!, p.outside])).toEqual([
      [false, true, true],
      [false, false, false],
      [true, false, true],
    ]);
  });

  it("sets limits at the number of standard errors asked, whole or not", () => {
    const half = (t: ReturnType<typeof npsTrend>) => t!.periods[0]!.upperLimit! - t!.centre;
    expect(half(npsTrend(WEEKS, { sigmas: 1.5 }))).toBeCloseTo(half(npsTrend(WEEKS)) / 2, 10);
    const wide = npsTrend(WEEKS, { sigmas: 6 })!;
    const usual = npsTrend(WEEKS)!;
    expect(wide.periods[0]!.upperLimit! - wide.centre).toBeCloseTo(
      2 * (usual.periods[0]!.upperLimit! - usual.centre),
      10,
    );
    expect(wide.periods.map((p) => p.outside)).toEqual([false, false, false, false]);
  });

  it("gives no control limits when every response of every period is alike (zero spread)", () => {
    const t = npsTrend([[10, 9], [9]])!;
    expect(t.centre).toBe(100);
    expect(t.periods.map((p) => [p.lowerLimit, p.upperLimit, p.outside])).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it("clips control limits to -100 and 100", () => {
    const t = npsTrend([[10], [0], [10, 10, 0, 0]], { window: 1 })!;
    expect(t.periods[0]).toMatchObject({ lowerLimit: -100, upperLimit: 100, outside: false });
  });

  it("scores rolling windows on merged counts, not on averaged scores", () => {
    const t = npsTrend(WEEKS, { window: 2 })!;
    expect(t.periods[0]).toMatchObject({ windowResponses: 0, windowScore: undefined, windowLower: undefined });
    const merged = { promoters: 29, passives: 34, detractors: 52 };
    expect(t.periods[3]).toMatchObject({
      windowResponses: 115,
      windowScore: computeNps(merged)!.score,
      windowLower: npsInterval(merged)!.lower,
      windowUpper: npsInterval(merged)!.upper,
    });
    expect(npsTrend(WEEKS)!.periods.map((p) => p.windowResponses)).toEqual([0, 0, 0, 315]);
  });

  it("keeps empty periods, without score, limits or change next to them", () => {
    const t = npsTrend({ w1: [10, 9, 3], w2: [], w3: [8, 9] }, { window: 2 })!;
    expect(t.periods.map((p) => p.period)).toEqual(["w1", "w2", "w3"]);
    expect(t.periods[1]).toMatchObject({
      responses: 0,
      score: undefined,
      lower: undefined,
      lowerLimit: undefined,
      upperLimit: undefined,
      outside: undefined,
      change: undefined,
      windowResponses: 3,
    });
    expect(t.periods[2]).toMatchObject({
      change: undefined,
      changePValue: undefined,
      windowResponses: 2,
      windowScore: 50,
    });
    expect(npsTrend({ w1: [], w2: [] }, { window: 2 })).toBeUndefined();
  });

  it("reads a Map of periods in insertion order", () => {
    const t = npsTrend(
      new Map([
        ["2026-W02", [10]],
        ["2026-W01", [0]],
      ]),
    )!;
    expect(t.periods.map((p) => [p.period, p.score])).toEqual([
      ["2026-W02", 100],
      ["2026-W01", -100],
    ]);
  });

  it("returns undefined for no periods or no responses", () => {
    expect(npsTrend([])).toBeUndefined();
    expect(npsTrend([[], { promoters: 0, passives: 0, detractors: 0 }])).toBeUndefined();
  });

  it("names the period in errors about its responses", () => {
    expectCxError(() => npsTrend([[9], [9, 12]]), { code: "out-of-range", field: "periods[1][1]", metric: "npsTrend" });
    expectCxError(() => npsTrend({ w01: { promoters: 1.5, passives: 0, detractors: 0 } }), {
      code: "not-integer",
      field: "periods.w01.promoters",
    });
    expectCxError(() => npsTrend(7 as never), { code: "wrong-type", field: "periods" });
  });

  it("rejects bad options before reading the periods", () => {
    expectCxError(() => npsTrend([[11]], { window: 0 }), { code: "out-of-range", field: "options.window" });
    expectCxError(() => npsTrend([[11]], { window: 2.5 }), { code: "not-integer", field: "options.window" });
    expectCxError(() => npsTrend([[11]], { sigmas: 0 }), { code: "out-of-range", field: "options.sigmas" });
    expectCxError(() => npsTrend([[11]], { sigma: 2 } as never), { code: "unknown-field", field: "options.sigma" });
  });
});
