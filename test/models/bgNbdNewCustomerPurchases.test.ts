import { describe, expect, it } from "vitest";
import { bgNbdNewCustomerPurchases } from "../../src/index.js";
import { relative } from "./cdnow.js";

// Published CDNOW parameters, Fader, Hardie and Lee (2005), Marketing Science 24(2).
const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("bgNbdNewCustomerPurchases", () => {
  it("matches FHL (2005) equation (7) evaluated in mpmath", () => {
    // python3 scripts/reference/btyd_predictions.py
    const cases: [number, number][] = [
      [1, 0.05326789117165828],
      [39, 1.196723193320817],
      [78, 1.8605190579427686],
      [1000, 6.580391613738232],
    ];
    for (const [periods, expected] of cases) {
      expect(relative(bgNbdNewCustomerPurchases(model, { periods }), expected), `t = ${periods}`).toBeLessThan(1e-12);
    }
  });

  it("takes the limit at a = 1", () => {
    expect(relative(bgNbdNewCustomerPurchases({ ...model, a: 1 }, { periods: 39 }), 1.0842790105915188)).toBeLessThan(
      1e-9,
    );
  });

  it("is 0 over 0 periods and rejects a bad model", () => {
    expect(bgNbdNewCustomerPurchases(model, { periods: 0 })).toBe(0);
    expect(() => bgNbdNewCustomerPurchases({ ...model, b: Infinity }, { periods: 1 })).toThrow("model.b");
  });
});
