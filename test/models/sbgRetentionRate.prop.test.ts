import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sbgRetentionRate } from "../../src/index.js";
import { modelArb } from "./sbg.js";

describe("sbgRetentionRate (properties)", () => {
  it("the retention rate never falls with age", () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 1000 }), (model, age) => {
        expect(sbgRetentionRate(model, { age: age + 1 })).toBeGreaterThanOrEqual(sbgRetentionRate(model, { age }));
      }),
    );
  });
});
