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

  // References: equation (7) in mpmath 1.3, the doubles taken as exact, at 80 + log10(b) digits, as
  // c/(a - 1) * (1 - (1 + s)**(1 - a) * hyp2f1(c - r, a - 1, c, s/(1 + s))), c = a + b - 1, s = t/alpha
  // (Euler's transformation of (7)), checked against (7) as printed to 25 digits where mpmath's
  // hyp2f1 converges; at a + b = 1, the limit taken at b + 1e-45.
  it("keeps its precision as b grows toward the NBD's r t/α (b 1e14 gave 0.429, b 1e300 -2.2e287)", () => {
    const cases: [number, number, number][] = [
      [1e14, 10, 0.5505210693248693],
      [1e300, 1000, 55.05210693248754],
    ];
    for (const [b, periods, expected] of cases) {
      expect(relative(bgNbdNewCustomerPurchases({ ...model, b }, { periods }), expected), `b = ${b}`).toBeLessThan(
        1e-13,
      );
    }
  });

  it("keeps its precision over a short horizon (periods 1e-9 lost 5 digits)", () => {
    expect(relative(bgNbdNewCustomerPurchases(model, { periods: 1e-9 }), 5.505210693057798e-11)).toBeLessThan(1e-13);
  });

  it("is finite where a + b = 1 makes a + b - 1 zero (threw naming the model)", () => {
    const value = bgNbdNewCustomerPurchases({ ...model, a: 0.5, b: 0.5 }, { periods: 39 });
    expect(relative(value, 0.9179468927457138)).toBeLessThan(1e-13);
  });

  it("is 0 over 0 periods and rejects a bad model", () => {
    expect(bgNbdNewCustomerPurchases(model, { periods: 0 })).toBe(0);
    expect(() => bgNbdNewCustomerPurchases({ ...model, b: Infinity }, { periods: 1 })).toThrow("model.b");
  });
});
