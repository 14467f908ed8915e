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

  it("keeps a tiny beta at age 1: 1e-17 and 1e-15 give 50, not 0 and 52.61", () => {
    // beta + 1 - 1 rounded beta away (0) or to 1.11e-15. r(1) = B(a, b + 1) / B(a, b) = b / (a + b):
    // mp.dps = 30; a = b = mp.mpf(1e-17) (and 1e-15); 100 * mp.beta(a, b + 1) / mp.beta(a, b) -> 50.0
    expect(sbgRetentionRate({ alpha: 1e-17, beta: 1e-17 }, { age: 1 })).toBe(50);
    expect(sbgRetentionRate({ alpha: 1e-15, beta: 1e-15 }, { age: 1 })).toBe(50);
  });

  it("gives a rate below 1e-306 % to full precision, not 0, when alpha / beta overflows", () => {
    // alpha = 1e159, beta = 1e-150: 100 / (1 + alpha / beta) = 100 / Infinity was 0.
    // mp.dps = 30; a, b = mp.mpf(1e159), mp.mpf(1e-150); 100 * b / (a + b) -> 1.0000000000000000778e-307
    expect(relative(sbgRetentionRate({ alpha: 1e159, beta: 1e-150 }, { age: 1 }), 1.0000000000000000778e-307)).toBe(0);
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
