import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sbgSurvival } from "../../src/index.js";
import { modelArb } from "./sbg.js";

describe("sbgSurvival (properties)", () => {
  it("survival never rises with age and stays within 0 to 100", () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 0, max: 200 }), (model, periods) => {
        const s = sbgSurvival(model, { periods });
        s.forEach((v, t) => {
          expect(v >= 0 && v <= 100).toBe(true);
          if (t > 0) expect(v).toBeLessThanOrEqual(s[t - 1]!);
        });
      }),
    );
  });
});
