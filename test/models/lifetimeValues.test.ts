import { describe, expect, it } from "vitest";
import { lifetimeValue, lifetimeValues, rfmSummary } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowTransactions } from "./cdnow.js";
import { first, models, monthly, REFERENCE, relative, weekly } from "./lifetimeValueReference.js";

describe("lifetimeValues", () => {
  it("gives each customer the value lifetimeValue gives, in order", () => {
    const rows = rfmSummary(cdnowTransactions(), { observationEnd: "1997-09-30", unit: "week" });
    const values = lifetimeValues(models, rows, weekly);
    expect(values.length).toBe(2357);
    for (const i of [0, 1, 2, 100, 1000, 2356]) expect(values[i]).toBe(lifetimeValue(models, rows[i]!, weekly));
  });

  it("matches the mpmath references and returns an empty array for no customers", () => {
    const values = lifetimeValues(
      models,
      REFERENCE.map((r) => r.customer),
      monthly,
    );
    values.forEach((v, i) => {
      expect(relative(v, REFERENCE[i]!.monthly)).toBeLessThan(1e-9);
    });
    expect(lifetimeValues(models, [], weekly)).toStrictEqual([]);
  });

  it("names the customer at fault", () => {
    expectCxError(() => lifetimeValues(models, [first, { ...first, age: -1 }], weekly), {
      code: "negative",
      field: "customers[1].age",
      metric: "lifetimeValues",
    });
    expectCxError(() => lifetimeValues(models, [{ ...first, monetaryValue: 0 }], weekly), {
      code: "out-of-range",
      field: "customers[0].monetaryValue",
    });
    expectCxError(() => lifetimeValues(models, [{ ...first, monetaryValue: Number.MAX_VALUE }], weekly), {
      code: "out-of-range",
      field: "customers[0].monetaryValue",
    });
    expectCxError(() => lifetimeValues(models, 7 as never, weekly), { code: "wrong-type", field: "customers" });
  });
});
