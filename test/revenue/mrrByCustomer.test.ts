import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expansionMrr, mrr, mrrByCustomer, mrrMovements } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("mrrByCustomer", () => {
  it("sums each customer's subscriptions, normalised to a month, in order of first appearance", () => {
    const byCustomer = mrrByCustomer([
      { customer: "globex", amount: 30, interval: "month", quantity: 2 },
      { customer: "acme", amount: 100, interval: "month" },
      { customer: "acme", amount: 600, interval: "year" },
    ]);
    expect([...byCustomer]).toEqual([
      ["globex", 60],
      ["acme", 150],
    ]);
  });

  it("keeps a customer on a free plan, at 0", () => {
    expect(mrrByCustomer([{ customer: "free", amount: 0, interval: "month" }]).get("free")).toBe(0);
  });

  it("gives the snapshots mrrMovements and expansionMrr compare", () => {
    const previous = mrrByCustomer([{ customer: "a", amount: 100, interval: "month" }]);
    const current = mrrByCustomer([
      { customer: "a", amount: 100, interval: "month" },
      { customer: "a", amount: 20, interval: "month" },
      { customer: "b", amount: 50, interval: "month" },
    ]);
    expect(mrrMovements({ previous, current })).toMatchObject({ newMrr: 50, expansionMrr: 20 });
    expect(expansionMrr({ previous, current })).toBe(20);
  });

  it("adds up to mrr over the same subscriptions (property)", () => {
    const subscription = fc.record({
      customer: fc.constantFrom("a", "b", "c"),
      amount: fc.integer({ min: 0, max: 10000 }),
      interval: fc.constantFrom("month" as const, "year" as const),
    });
    fc.assert(
      fc.property(fc.array(subscription, { maxLength: 30 }), (subscriptions) => {
        const total = [...mrrByCustomer(subscriptions).values()].reduce((sum, x) => sum + x, 0);
        expect(total).toBeCloseTo(mrr(subscriptions), 6);
      }),
    );
  });

  it("rejects a customer whose subscriptions add up past the largest double, naming its own metric", () => {
    // 2,000 monthly amounts of 1e305 each: every one finite, their sum 2e308.
    const twice = new Array(2000).fill({ amount: 1e305, interval: "month", customer: "a" } as const);
    expectCxError(() => mrrByCustomer(twice), { code: "out-of-range", field: "subscriptions" });
    expect(caught(() => mrrByCustomer(twice)).metric).toBe("mrrByCustomer");
  });

  it("rejects a missing or non-string customer id, naming the subscription", () => {
    expectCxError(() => mrrByCustomer([{ amount: 1, interval: "month" }]), {
      code: "wrong-type",
      field: "subscriptions[0].customer",
    });
    expectCxError(() => mrrByCustomer([{ customer: 7 as never, amount: 1, interval: "month" }]), {
      code: "wrong-type",
      field: "subscriptions[0].customer",
    });
    expectCxError(() => mrrByCustomer([{ customer: "a", amount: 1, interval: "week", quantity: 0.5 }]), {
      code: "not-integer",
      field: "subscriptions[0].quantity",
    });
  });
});
