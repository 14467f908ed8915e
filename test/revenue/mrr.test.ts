import { describe, expect, it } from "vitest";
import { mrr, type Subscription } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("mrr", () => {
  it("S4-MRR: paying customers x average monthly spend (the source's 'MMR', S4-MMR, is this MRR)", () => {
    expect(mrr({ customers: 40, averageMonthlyRevenue: 25 })).toBe(1000);
    expect(mrr({ customers: 0, averageMonthlyRevenue: 25 })).toBe(0);
  });

  it("normalises every interval to a month: year /12, quarter /3, week x52/12, day x365/12", () => {
    expect(mrr([{ amount: 1200, interval: "year" }])).toBe(100);
    expect(mrr([{ amount: 300, interval: "quarter" }])).toBe(100);
    expect(mrr([{ amount: 100, interval: "month" }])).toBe(100);
    expect(mrr([{ amount: 12, interval: "week" }])).toBe(52);
    expect(mrr([{ amount: 12, interval: "day" }])).toBe(365);
    expect(mrr([{ amount: 600, interval: "month", intervalCount: 6 }])).toBe(100);
  });

  it("multiplies by quantity and applies the recurring discount", () => {
    expect(mrr([{ amount: 10, interval: "month", quantity: 5 }])).toBe(50);
    expect(mrr([{ amount: 100, interval: "month", discountPercent: 20 }])).toBe(80);
    expect(mrr([{ amount: 100, interval: "month", discountPercent: 100 }])).toBe(0);
    expect(mrr([{ amount: 90, interval: "quarter", quantity: 2, discountPercent: 50 }])).toBe(30);
  });

  it("reports a quarterly plan as MRR, never as 0, and sums a mix of plans", () => {
    const subs: Subscription[] = [
      { amount: 30, interval: "month" },
      { amount: 1200, interval: "year" },
      { amount: 90, interval: "quarter", quantity: 2, discountPercent: 50 },
    ];
    expect(mrr(subs)).toBe(160);
    expect(mrr(new Set(subs))).toBe(160);
    expect(
      mrr(
        (function* () {
          yield* subs;
        })(),
      ),
    ).toBe(160);
  });

  it("is 0 for no subscriptions: a sum of nothing, not a missing ratio", () => {
    expect(mrr([])).toBe(0);
  });

  it("compensates the sum of fractional amounts, where plain addition drifts", () => {
    // python3 -c "import math; print(math.fsum([0.1] * 10), sum([0.1] * 10))"  ->  1.0 0.9999999999999999
    const subs = new Array<Subscription>(10).fill({ amount: 0.1, interval: "month" });
    expect(subs.reduce((s, x) => s + x.amount, 0)).toBe(0.9999999999999999);
    expect(mrr(subs)).toBe(1);
  });

  it("gives the correctly rounded sum when one amount is -0", () => {
    // python3 -c "import math; print(math.fsum([1e16, 1, -0.0]))"  ->  1e+16 (1e16 + 1 ties to even)
    expect(
      mrr([
        { amount: 1e16, interval: "month" },
        { amount: 1, interval: "month" },
        { amount: -0, interval: "month" },
      ]),
    ).toBe(1e16);
  });

  it("needs a whole number of intervals", () => {
    expectCxError(() => mrr([{ amount: 10, interval: "month", intervalCount: 1.5 }]), {
      code: "not-integer",
      field: "subscriptions[0].intervalCount",
    });
  });

  it("rejects bad subscriptions, naming the subscription and field", () => {
    expectCxError(
      () =>
        mrr([
          { amount: 10, interval: "month" },
          { amount: 5, interval: "fortnight" as never },
        ]),
      {
        code: "out-of-range",
        field: "subscriptions[1].interval",
      },
    );
    expectCxError(() => mrr([{ amount: 5, interval: "toString" as never }]), {
      code: "out-of-range",
      field: "subscriptions[0].interval",
    });
    expectCxError(() => mrr([{ amount: -5, interval: "month" }]), {
      code: "negative",
      field: "subscriptions[0].amount",
    });
    expectCxError(() => mrr([{ amount: "5" as never, interval: "month" }]), {
      code: "wrong-type",
      field: "subscriptions[0].amount",
    });
    expectCxError(() => mrr([{ amount: 5, interval: "month", discountPercent: 120 }]), {
      code: "out-of-range",
      field: "subscriptions[0].discountPercent",
    });
    expectCxError(() => mrr([{ amount: 5, interval: "month", discountPercent: -1 }]), {
      code: "negative",
      field: "subscriptions[0].discountPercent",
    });
    expectCxError(() => mrr([{ amount: 5, interval: "month", quantity: 1.5 }]), {
      code: "not-integer",
      field: "subscriptions[0].quantity",
    });
    expectCxError(() => mrr([{ amount: 5, interval: "month", intervalCount: 0 }]), {
      code: "out-of-range",
      field: "subscriptions[0].intervalCount",
    });
    expectCxError(() => mrr([null as never]), { code: "wrong-type", field: "subscriptions[0]" });
    expectCxError(() => mrr([{ amount: 1e308, interval: "day", quantity: 1000 }]), {
      code: "out-of-range",
      field: "subscriptions[0]",
    });
    expectCxError(() => mrr(new Array<Subscription>(2000).fill({ amount: 1e305, interval: "month" })), {
      code: "out-of-range",
      field: "subscriptions",
    });
  });

  it("rejects a negative quantity and counts beyond MAX_COUNT (2^53 here) for quantity and intervalCount", () => {
    expectCxError(() => mrr([{ amount: 1, interval: "month", quantity: -1 }]), {
      code: "negative",
      field: "subscriptions[0].quantity",
    });
    for (const field of ["quantity", "intervalCount"]) {
      expectCxError(() => mrr([{ amount: 1, interval: "month", [field]: 2 ** 53 }]), {
        code: "out-of-range",
        field: `subscriptions[0].${field}`,
      });
    }
  });

  it("rejects an empty field name and an empty interval", () => {
    expectCxError(() => mrr([{ amount: 1, interval: "month", "": 1 } as Subscription]), {
      code: "unknown-field",
      field: "subscriptions[0].",
    });
    expectCxError(() => mrr([{ amount: 1, interval: "" as never }]), {
      code: "out-of-range",
      field: "subscriptions[0].interval",
    });
  });

  it("rejects a monthly amount beyond the largest double, whichever factor takes it there", () => {
    // Each product passes 1.8e308 at a different factor: amount x quantity (1e306 x 1000),
    // x (100 - discountPercent) (1e307 x 100), x periods a year (1e308 x 365 days).
    const overflowing: Subscription[] = [
      { amount: 1e306, interval: "year", quantity: 1000 },
      { amount: 1e307, interval: "year" },
      { amount: 1e306, interval: "day" },
    ];
    for (const subscription of overflowing) {
      expectCxError(() => mrr([subscription]), { code: "out-of-range", field: "subscriptions[0]" });
    }
  });

  it("rejects a string, a number or null where the subscriptions belong", () => {
    expectCxError(() => mrr("x" as never), { code: "wrong-type", field: "subscriptions" });
    expectCxError(() => mrr("subscriptions" as never), { code: "wrong-type", field: "subscriptions" });
    expectCxError(() => mrr(5 as never), { code: "wrong-type", field: "subscriptions" });
    expectCxError(() => mrr(null as never), { code: "wrong-type", field: "subscriptions" });
  });

  it("rejects a bad average form", () => {
    expectCxError(() => mrr({ customers: 1.5, averageMonthlyRevenue: 2 }), { code: "not-integer", field: "customers" });
    expectCxError(() => mrr({ customers: 2, averageMonthlyRevenue: NaN }), {
      code: "not-a-number",
      field: "averageMonthlyRevenue",
    });
    expectCxError(() => mrr({ customers: 9e13, averageMonthlyRevenue: 1e300 }), {
      code: "out-of-range",
      field: "input",
    });
    const error = caught(() => mrr({ customers: 2 } as never));
    expect([error.code, error.field]).toEqual(["wrong-type", "averageMonthlyRevenue"]);
  });
});
