import { describe, expect, it } from "vitest";
import { sbgProjection, sbgSurvival } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { HIGH, relative } from "./sbg.js";

describe("sbgProjection", () => {
  it("projects a new cohort as its size times the survival curve", () => {
    const s = sbgSurvival(HIGH, { periods: 6 });
    sbgProjection(HIGH, { active: 2000, periods: 6 }).forEach((n, t) =>
      expect(relative(n, 20 * s[t]!)).toBeLessThan(1e-14),
    );
  });

  it("projects an older cohort from its age, with the better retention of its survivors", () => {
    // alpha = beta = 1: S(t) = 1 / (t + 1); from 400 at age 2: 400 * (1/4) / (1/3) = 300, 400 * (1/5) / (1/3) = 240
    expect(sbgProjection({ alpha: 1, beta: 1 }, { active: 400, age: 2, periods: 2 }).map(Math.round)).toEqual([
      400, 300, 240,
    ]);
    const young = sbgProjection(HIGH, { active: 100, periods: 1 })[1]!;
    const old = sbgProjection(HIGH, { active: 100, age: 7, periods: 1 })[1]!;
    expect(old).toBeGreaterThan(young);
  });

  it("keeps tiny parameters: alpha = 1e-20, beta = 2e-20 gives [10, 6.67, 6.67], not [10, NaN, NaN]", () => {
    // mp.dps = 30; a, b = mp.mpf(1e-20), mp.mpf(2e-20); [10 * mp.beta(a, b + t) / mp.beta(a, b) for t in (1, 2)]
    //   -> [6.6666666666666666667, 6.6666666666666666666]
    const counts = sbgProjection({ alpha: 1e-20, beta: 2e-20 }, { active: 10, age: 0, periods: 2 });
    expect(counts[0]).toBe(10);
    expect(relative(counts[1]!, 6.6666666666666666667)).toBeLessThan(1e-15);
    expect(relative(counts[2]!, 6.6666666666666666666)).toBeLessThan(1e-15);
  });

  it("does not overflow at alpha = beta = 1e308: each period keeps half", () => {
    // r(t) = (beta + t - 1) / (alpha + beta + t - 1) = 1/2 to within 1e-308 (alpha + beta was Infinity: [8, 0, 0]).
    expect(sbgProjection({ alpha: 1e308, beta: 1e308 }, { active: 8, age: 5, periods: 2 })).toEqual([8, 4, 2]);
  });

  it("rejects bad counts and misspelt fields", () => {
    expectCxError(() => sbgProjection(HIGH, { active: -1, periods: 2 }), {
      code: "negative",
      field: "active",
      metric: "sbgProjection",
    });
    expectCxError(() => sbgProjection(HIGH, { active: 10, age: 0.5, periods: 2 }), {
      code: "not-integer",
      field: "age",
    });
    expectCxError(() => sbgProjection(HIGH, { active: 10, periods: -2 }), { code: "negative", field: "periods" });
    expectCxError(() => sbgProjection(HIGH, { size: 10, periods: 2 } as never), {
      code: "unknown-field",
      field: "size",
    });
  });
});
