import { describe, expect, it } from "vitest";
import { expansionMrr } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("expansionMrr", () => {
  it("S4-EXPANSION: 40 customers averaging 25 a month in extras is 1,000, not 40 x 1,000", () => {
    // the source's reading multiplies the total by the customer count again, giving 40,000
    expect(expansionMrr({ customers: 40, averageExpansionPerCustomer: 25 })).toBe(1000);
  });

  it("S4-EXPANSION: equals the sum of each customer's extra revenue, whatever its spread", () => {
    const previous = new Map<string, number>();
    const current = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      previous.set(`c${i}`, 100);
      current.set(`c${i}`, 100 + (i % 2 === 0 ? 10 : 40)); // average extra 25
    }
    expect(expansionMrr({ previous, current })).toBe(1000);
  });

  it("counts only increases of customers who paid at both moments", () => {
    const result = expansionMrr({
      previous: { acme: 100, globex: 50, initech: 80, zero: 0 },
      current: { acme: 150, globex: 30, umbrella: 70, zero: 40 },
    });
    // acme +50; globex is contraction; initech churned; umbrella is new; zero was not paying
    expect(result).toBe(50);
  });

  it("takes snapshots when either is given, and then needs both", () => {
    expectCxError(() => expansionMrr({ current: { c1: 5 } } as never), { code: "wrong-type", field: "previous" });
    expectCxError(() => expansionMrr({ previous: { c1: 5 } } as never), { code: "wrong-type", field: "current" });
  });

  it("accepts Maps and plain objects alike, and ignores inherited keys", () => {
    const previous = Object.create({ inherited: 1 }) as Record<string, number>;
    previous["a"] = 10;
    expect(
      expansionMrr({
        previous,
        current: new Map([
          ["a", 15],
          ["inherited", 99],
        ]),
      }),
    ).toBe(5);
    expect(expansionMrr({ previous: new Map([["a", 10]]), current: { a: 12 } })).toBe(2);
    expect(expansionMrr({ previous: {}, current: {} })).toBe(0);
  });

  it("rejects bad snapshots, naming the customer", () => {
    expectCxError(() => expansionMrr({ previous: { a: -1 }, current: {} }), {
      code: "negative",
      field: 'previous["a"]',
    });
    expectCxError(() => expansionMrr({ previous: {}, current: new Map([["b", NaN]]) }), {
      code: "not-a-number",
      field: 'current["b"]',
    });
    expectCxError(() => expansionMrr({ previous: new Map([[7 as never, 1]]), current: {} }), {
      code: "wrong-type",
      field: "previous key",
    });
    expectCxError(() => expansionMrr({ previous: [1, 2] as never, current: {} }), {
      code: "wrong-type",
      field: "previous",
    });
    expectCxError(() => expansionMrr({ previous: {}, current: null as never }), {
      code: "wrong-type",
      field: "current",
    });
    expectCxError(() => expansionMrr({ previous: { a: 1 }, current: { a: 2 }, customers: 3 } as never), {
      code: "inconsistent",
      field: "customers",
    });
    expectCxError(() => expansionMrr({ current: {}, customers: 3 } as never), {
      code: "inconsistent",
      field: "customers",
    });
    expectCxError(() => expansionMrr({ customers: -1, averageExpansionPerCustomer: 3 }), {
      code: "negative",
      field: "customers",
    });
    expectCxError(() => expansionMrr({ customers: 9e13, averageExpansionPerCustomer: 1e300 }), {
      code: "out-of-range",
      field: "input",
    });
    expectCxError(() => expansionMrr({ previous: { a: 1, b: 1 }, current: { a: 1e308, b: 1e308 } }), {
      code: "out-of-range",
      field: "current",
    });
  });

  it("names the bad field of the average form, and calls an input that is not an object the input", () => {
    expectCxError(() => expansionMrr({ customers: 40, averageExpansionPerCustomer: -25 }), {
      code: "negative",
      field: "averageExpansionPerCustomer",
    });
    expectCxError(() => expansionMrr(null as never), { code: "wrong-type", field: "input" });
  });

  it("rejects an infinite amount in a snapshot as not finite, naming the customer", () => {
    expectCxError(() => expansionMrr({ previous: { a: 1 }, current: { a: Infinity } }), {
      code: "not-finite",
      field: 'current["a"]',
    });
  });

  it("rejects a getter in a snapshot object as a wrong type, naming the customer, without calling it", () => {
    let calls = 0;
    const current = {
      get a(): number {
        calls++;
        return 5;
      },
    };
    const error = expectCxError(() => expansionMrr({ previous: { a: 1 }, current }), {
      code: "wrong-type",
      field: 'current["a"]',
    });
    expect(error.expected).toBe("an amount (a data property, not a getter)");
    expect(calls).toBe(0);
  });

  it("says a snapshot must be a Map or an object of amounts", () => {
    expect(caught(() => expansionMrr({ previous: 5 as never, current: {} })).expected).toBe(
      "a Map or an object of amounts by customer id",
    );
  });
});
