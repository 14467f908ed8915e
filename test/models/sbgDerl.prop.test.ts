import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sbgDerl } from "../../src/index.js";
import { modelArb } from "./sbg.js";

describe("sbgDerl (properties)", () => {
  it("DERL never falls with the renewals already made", () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.integer({ min: 0, max: 50 }),
        (model, d, r) => {
          const now = sbgDerl(model, { discountPercent: d, renewals: r })!;
          const later = sbgDerl(model, { discountPercent: d, renewals: r + 1 })!;
          expect(later).toBeGreaterThanOrEqual(now * (1 - 1e-12));
        },
      ),
    );
  });
});
