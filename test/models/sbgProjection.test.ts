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
