import { describe, expect, it } from "vitest";
import { proportionInterval, proportionTrend } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

const PERIODS = [
  { successes: 80, trials: 100 },
  { successes: 78, trials: 100 },
  { successes: 40, trials: 50 },
  { successes: 52, trials: 100 },
];

describe("proportionTrend", () => {
  it("draws p-chart limits p +/- 3 sqrt(p (1 - p) / n_i) around the pooled share (Montgomery 7.2.2)", () => {
    const t = proportionTrend(PERIODS)!;
    const p = 250 / 350;
    expect(t.centre).toBe((100 * 250) / 350);
    t.periods.forEach((row, i) => {
      const half = 300 * Math.sqrt((p * (1 - p)) / PERIODS[i]!.trials);
      expect(row.lowerLimit).toBeCloseTo(100 * p - half, 10);
      expect(row.upperLimit).toBeCloseTo(100 * p + half, 10);
    });
    expect(t.periods.map((r) => r.outside)).toEqual([false, false, false, true]);
  });

  it("tests each change as R's prop.test(correct = FALSE) does", () => {
    // R 4: prop.test(c(78, 40), c(100, 50), correct = FALSE)$p.value and
    // prop.test(c(40, 52), c(50, 100), correct = FALSE)$p.value
    const t = proportionTrend(PERIODS)!;
    expect(t.periods[2]!.change).toBeCloseTo(2, 12);
    expect(t.periods[2]!.changePValue! / 0.77804529440222847).toBeCloseTo(1, 9);
    expect(t.periods[3]!.changePValue! / 0.00090158860623097594).toBeCloseTo(1, 9);
  });

  it("gives each period and each window proportionInterval's interval", () => {
    const t = proportionTrend(PERIODS, { window: 3, method: "wald" })!;
    const period = proportionInterval(PERIODS[1]!, { method: "wald" })!;
    const window = proportionInterval({ successes: 170, trials: 250 }, { method: "wald" })!;
    expect(t.periods[1]).toMatchObject({ score: 78, lower: period.lower, upper: period.upper, windowResponses: 0 });
    expect(t.periods[3]).toMatchObject({
      windowResponses: 250,
      windowScore: 68,
      windowLower: window.lower,
      windowUpper: window.upper,
    });
  });

  it("rejects bad options, naming them", () => {
    expectCxError(() => proportionTrend(PERIODS, { window: 1.5 }), { code: "not-integer", field: "options.window" });
    expectCxError(() => proportionTrend(PERIODS, { sigmas: 0 }), { code: "out-of-range", field: "options.sigmas" });
    expectCxError(() => proportionTrend(PERIODS, { confidence: 0 }), {
      code: "out-of-range",
      field: "options.confidence",
    });
    expect(proportionTrend(PERIODS, { sigmas: 1.5 })!.periods[3]!.lowerLimit).toBeCloseTo(
      100 * (250 / 350) - 150 * Math.sqrt(((250 / 350) * (100 / 350)) / 100),
      10,
    );
  });

  it("clips limits to 0 and 100", () => {
    const t = proportionTrend([
      { successes: 1, trials: 1 },
      { successes: 0, trials: 1 },
    ])!;
    expect(t.periods[0]).toMatchObject({ lowerLimit: 0, upperLimit: 100, outside: false });
    // A share of 0 on a limit clipped to 0 is on the limit, not outside it.
    expect(t.periods[1]).toMatchObject({ score: 0, lowerLimit: 0, upperLimit: 100, outside: false });
  });

  it("keeps empty periods and returns undefined with no trials at all", () => {
    expect(
      proportionTrend([
        { successes: 0, trials: 0 },
        { successes: 1, trials: 2 },
      ])!.periods[0],
    ).toMatchObject({ responses: 0, score: undefined });
    expect(proportionTrend([{ successes: 0, trials: 0 }])).toBeUndefined();
  });

  it("rejects bad counts naming the period", () => {
    expectCxError(() => proportionTrend([{ successes: 3, trials: 2 }]), {
      code: "inconsistent",
      field: "periods[0].successes",
      metric: "proportionTrend",
    });
    expectCxError(() => proportionTrend({ may: { successes: 3 } } as never), {
      code: "wrong-type",
      field: "periods.may.trials",
    });
  });
});
