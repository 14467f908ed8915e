import { describe, expect, it } from "vitest";
import { csat, csatTrend, proportionTrend } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("csatTrend", () => {
  it("equals proportionTrend on the satisfied counts of each period", () => {
    const ratings = [
      [5, 4, 4, 2],
      [5, 5, 3, 1, 1],
      [4, 4, 4],
    ];
    const counts = [
      { successes: 3, trials: 4 },
      { successes: 2, trials: 5 },
      { successes: 3, trials: 3 },
    ];
    expect(csatTrend(ratings, { window: 2 })).toEqual(proportionTrend(counts, { window: 2 }));
  });

  it("scores each period as csat does, with its scale and threshold", () => {
    const periods = { q1: [10, 9, 8, 7], q2: [10, 3] };
    const options = { scale: { min: 1, max: 10 }, satisfiedAtLeast: 8 };
    expect(csatTrend(periods, options)!.periods.map((p) => p.score)).toEqual([
      csat(periods.q1, options),
      csat(periods.q2, options),
    ]);
  });

  it("rejects bad window, sigmas and confidence options, and accepts fractional sigmas", () => {
    expectCxError(() => csatTrend([[5]], { window: 1.5 }), { code: "not-integer", field: "options.window" });
    expectCxError(() => csatTrend([[5]], { sigmas: -1 }), { code: "out-of-range", field: "options.sigmas" });
    expectCxError(() => csatTrend([[5]], { confidence: 1.5 }), { code: "out-of-range", field: "options.confidence" });
    expect(
      csatTrend(
        [
          [5, 1],
          [5, 5, 1, 1],
        ],
        { sigmas: 0.5 },
      )!.periods[0]!.upperLimit,
    ).toBeCloseTo(50 + 25 / Math.sqrt(2), 10);
  });

  it("returns undefined with no ratings", () => {
    expect(csatTrend([[], { satisfied: 0, responses: 0 }])).toBeUndefined();
  });

  it("names the period in errors about its ratings", () => {
    expectCxError(() => csatTrend([[5], [5, 0]]), {
      code: "out-of-range",
      field: "periods[1][1]",
      metric: "csatTrend",
    });
    expectCxError(() => csatTrend([[5]], { satisfiedAtLeast: 0 }), {
      code: "out-of-range",
      field: "options.satisfiedAtLeast",
    });
  });
});
