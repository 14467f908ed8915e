import { describe, expect, it } from "vitest";
import { bgBbExpectedPurchases } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { CASES, EXACT, HORIZONS, NEW_CUSTOMER, relative } from "./bgBbReference.js";

const customer = { frequency: 1, recency: 2, periods: 3 };

describe("bgBbExpectedPurchases", () => {
  it("gives the expected transactions in the next 1, 5 and 10 opportunities of the paper's closed form (13)", () => {
    for (const c of CASES) {
      HORIZONS.forEach((periods, k) => {
        const e = bgBbExpectedPurchases(EXACT, { frequency: c.x, recency: c.tx, periods: c.n }, { periods });
        expect(relative(e, c.expected[k]!), `${c.x} ${c.tx} ${periods}`).toBeLessThan(1e-6);
      });
    }
  });

  it("treats a customer with no opportunity observed yet as a new customer (equation 12)", () => {
    HORIZONS.forEach((periods, k) => {
      const e = bgBbExpectedPurchases(EXACT, { frequency: 0, recency: 0, periods: 0 }, { periods });
      expect(relative(e, NEW_CUSTOMER[k]!)).toBeLessThan(1e-6);
    });
  });

  it("expects no transactions over no future opportunities", () => {
    expect(bgBbExpectedPurchases(EXACT, { frequency: 3, recency: 5, periods: 6 }, { periods: 0 })).toBe(0);
  });

  it("names the option, model parameter or customer field at fault", () => {
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, { periods: -1 }), {
      code: "negative",
      field: "options.periods",
      metric: "bgBbExpectedPurchases",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, { periods: 1_000_001 }), {
      code: "out-of-range",
      field: "options.periods",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, { periods: 2.5 }), {
      code: "not-integer",
      field: "options.periods",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, undefined as never), {
      code: "wrong-type",
      field: "options",
    });
    // The history's opportunities are bounded as the forecast's are (one likelihood term each).
    expectCxError(() => bgBbExpectedPurchases(EXACT, { ...customer, periods: 1_000_001 }, { periods: 1 }), {
      code: "out-of-range",
      field: "customer.periods",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, { ...customer, frequency: 5 }, { periods: 1 }), {
      code: "out-of-range",
      field: "customer.frequency",
    });
    expectCxError(() => bgBbExpectedPurchases(null as never, customer, { periods: 1 }), {
      code: "wrong-type",
      field: "model",
    });
  });
});
