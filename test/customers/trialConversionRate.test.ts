import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trialConversionRate } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

describe("trialConversionRate", () => {
  it("is the converted share of ended trials: 58 of 400 is 14.5 %", () => {
    expect(trialConversionRate({ trialsEnded: 400, trialsConverted: 58 })).toBe(14.5);
    expect(trialConversionRate({ trialsEnded: 3, trialsConverted: 3 })).toBe(100);
    expect(trialConversionRate({ trialsEnded: 3, trialsConverted: 0 })).toBe(0);
  });

  it("returns undefined when no trial has ended", () => {
    expect(trialConversionRate({ trialsEnded: 0, trialsConverted: 0 })).toBeUndefined();
  });

  it("is the correctly rounded percentage of the exact fraction (BigInt oracle, property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (ended, share) => {
        const converted = Math.floor(share * ended);
        const rate = trialConversionRate({ trialsEnded: ended, trialsConverted: converted })!;
        expect(isCorrectlyRounded(rate, 100n * BigInt(converted), BigInt(ended))).toBe(true);
      }),
    );
  });

  it("rejects more conversions than ended trials, bad counts and misspelt fields", () => {
    expectCxError(() => trialConversionRate({ trialsEnded: 10, trialsConverted: 11 }), {
      code: "inconsistent",
      field: "trialsConverted",
      metric: "trialConversionRate",
    });
    expectCxError(() => trialConversionRate({ trialsEnded: -1, trialsConverted: 0 }), {
      code: "negative",
      field: "trialsEnded",
    });
    expectCxError(() => trialConversionRate({ trialsEnded: 4, trialsConverted: 1.5 }), {
      code: "not-integer",
      field: "trialsConverted",
    });
    expectCxError(() => trialConversionRate({ trials: 4, trialsConverted: 1 } as never), {
      code: "unknown-field",
      field: "trials",
    });
  });
});

describe("trialConversionRate inconsistent counts", () => {
  it("says a conversion count above the trials ended must be at most trialsEnded, quoting its value", () => {
    const error = expectCxError(() => trialConversionRate({ trialsEnded: 3, trialsConverted: 4 }), {
      code: "inconsistent",
      field: "trialsConverted",
    });
    expect(error.expected).toBe("at most trialsEnded (3)");
    expect(error.received).toBe(4);
  });
});
