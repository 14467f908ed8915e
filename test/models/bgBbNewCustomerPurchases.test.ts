import { describe, expect, it } from "vitest";
import { bgBbNewCustomerPurchases } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { EXACT, HORIZONS, NEW_CUSTOMER, relative } from "./bgBbReference.js";

describe("bgBbNewCustomerPurchases", () => {
  it("gives a new customer's expected transactions of the paper's equation (12)", () => {
    HORIZONS.forEach((periods, k) => {
      expect(relative(bgBbNewCustomerPurchases(EXACT, { periods }), NEW_CUSTOMER[k]!)).toBeLessThan(1e-6);
    });
  });

  it("expects no transactions over no opportunities", () => {
    expect(bgBbNewCustomerPurchases(EXACT, { periods: 0 })).toBe(0);
  });

  it("stays finite at gamma = 1, where the paper's closed form divides by zero", () => {
    // With gamma = 1 the terms B(1, d+i)/B(1, d) are d/(d+i): the sum is finite.
    const e = bgBbNewCustomerPurchases({ ...EXACT, gamma: 1 }, { periods: 3 });
    const d = EXACT.delta;
    const p = EXACT.alpha / (EXACT.alpha + EXACT.beta);
    expect(e).toBeCloseTo(p * (d / (d + 1) + d / (d + 2) + d / (d + 3)), 14);
  });

  it("names the option or model parameter at fault", () => {
    expectCxError(() => bgBbNewCustomerPurchases(EXACT, { periods: -3 }), {
      code: "negative",
      field: "options.periods",
      metric: "bgBbNewCustomerPurchases",
    });
    expectCxError(() => bgBbNewCustomerPurchases({ ...EXACT, alpha: Number.POSITIVE_INFINITY }, { periods: 3 }), {
      code: "not-finite",
      field: "model.alpha",
    });
  });
});
