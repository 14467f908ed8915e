import { describe, expect, it } from "vitest";
import { sbgRetentionRate, sbgSurvival } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { HIGH, REGULAR, relative } from "./sbg.js";

describe("sbgRetentionRate", () => {
  it("is 100 (beta + t - 1) / (alpha + beta + t - 1)", () => {
    expect(sbgRetentionRate({ alpha: 1, beta: 3 }, { age: 1 })).toBe(75);
    expect(sbgRetentionRate({ alpha: 1, beta: 3 }, { age: 2 })).toBe(80);
    expect(sbgRetentionRate({ alpha: 2, beta: 2 }, { age: 5 })).toBe(75);
  });

  it("is the ratio of consecutive survival values", () => {
    const s = sbgSurvival(REGULAR, { periods: 10 });
    for (let t = 1; t <= 10; t++)
      expect(relative(sbgRetentionRate(REGULAR, { age: t }), (100 * s[t]!) / s[t - 1]!)).toBeLessThan(1e-14);
  });

  it("rejects an age below 1 and bad input", () => {
    expectCxError(() => sbgRetentionRate(HIGH, { age: 0 }), {
      code: "out-of-range",
      field: "age",
      metric: "sbgRetentionRate",
    });
    expectCxError(() => sbgRetentionRate(HIGH, { age: 1.5 }), { code: "not-integer", field: "age" });
    expectCxError(() => sbgRetentionRate(null as never, { age: 1 }), { code: "wrong-type", field: "model" });
  });
});
