import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acquisitionRate,
  churnRate,
  customerGrowthRate,
  customerNetChange,
  referralRate,
  renewalRate,
  repeatPurchaseRate,
  retentionRate,
} from "../../src/index.js";
import { badCount, caught, expectCxError } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

/** The share functions: part / whole x 100 of two named counts, part at most whole. */
const shares = [
  { name: "churnRate", fn: churnRate, part: "customersLost", whole: "customersAtStart" },
  { name: "renewalRate", fn: renewalRate, part: "renewed", whole: "eligible" },
  { name: "repeatPurchaseRate", fn: repeatPurchaseRate, part: "repeatCustomers", whole: "customers" },
  { name: "referralRate", fn: referralRate, part: "referredCustomers", whole: "newCustomers" },
] as const;

const call = (fn: (input: never) => unknown, input: Record<string, unknown>): unknown => fn(input as never);

describe("churnRate", () => {
  it("S4-CHURN: 300 customers lost of 1,000 at the start is 30 %", () => {
    expect(churnRate({ customersAtStart: 1000, customersLost: 300 })).toBe(30);
  });

  it("S4-CHURN: 300 customers added to 1,000 is an acquisition rate, and churn has no field for it", () => {
    expect(acquisitionRate({ customersAtStart: 1000, newCustomers: 300 })).toBe(30);
    // churnRate has no field for customers added: passing them is an unknown field
    expectCxError(() => churnRate({ customersAtStart: 1000, newCustomers: 300 } as never), {
      code: "unknown-field",
      field: "newCustomers",
    });
    expectCxError(() => churnRate({ customersAtStart: 1000 } as never), { code: "wrong-type", field: "customersLost" });
  });

  it("S4-CHURN-DEF: rejects more customers lost than there were at the start", () => {
    const error = expectCxError(() => churnRate({ customersAtStart: 10, customersLost: 11 }), {
      code: "inconsistent",
      field: "customersLost",
    });
    expect(error.message).toBe("churnRate: customersLost must be at most customersAtStart (10), received 11");
  });

  it("returns undefined when there were no customers at the start", () => {
    expect(churnRate({ customersAtStart: 0, customersLost: 0 })).toBeUndefined();
  });
});

describe("renewalRate", () => {
  it("S4-RENEWAL: 24 renewals of 75 eligible customers is 32 %", () => {
    expect(renewalRate({ renewed: 24, eligible: 75 })).toBe(32);
  });

  it("S4-RENEWAL: the source's upside-down 75 of 24 is rejected, never reported as 312.5 %", () => {
    expectCxError(() => renewalRate({ renewed: 75, eligible: 24 }), { code: "inconsistent", field: "renewed" });
  });

  it("S4-RENEWAL-DEF: returns undefined when no one was up for renewal", () => {
    expect(renewalRate({ renewed: 0, eligible: 0 })).toBeUndefined();
  });
});

describe("retentionRate", () => {
  it("S2-RETENTION: (end - new) / start: 200 at the start, 210 at the end with 30 new is 90 %", () => {
    expect(retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 })).toBe(90);
  });

  it("rejects end - new below 0 or above the start", () => {
    expectCxError(() => retentionRate({ customersAtStart: 200, customersAtEnd: 10, newCustomers: 30 }), {
      code: "inconsistent",
      field: "newCustomers",
    });
    const error = expectCxError(() => retentionRate({ customersAtStart: 10, customersAtEnd: 20, newCustomers: 5 }), {
      code: "inconsistent",
      field: "newCustomers",
    });
    expect(error.message).toBe("retentionRate: newCustomers must be from 10 to customersAtEnd (20), received 5");
    expect(retentionRate({ customersAtStart: 10, customersAtEnd: 20, newCustomers: 10 })).toBe(100);
    expect(retentionRate({ customersAtStart: 10, customersAtEnd: 5, newCustomers: 5 })).toBe(0);
  });

  it("returns undefined when there were no customers at the start", () => {
    expect(retentionRate({ customersAtStart: 0, customersAtEnd: 4, newCustomers: 4 })).toBeUndefined();
  });

  it("adds up with churn to 100 when no one joined and end = start - lost (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), (start, l) => {
        const lost = l % (start + 1);
        const retained = retentionRate({ customersAtStart: start, customersAtEnd: start - lost, newCustomers: 0 })!;
        const churned = churnRate({ customersAtStart: start, customersLost: lost })!;
        expect(retained + churned).toBeCloseTo(100, 10);
        // exact in rationals: both are correctly rounded values of fractions that add up to 100
        expect(isCorrectlyRounded(retained, 100n * BigInt(start - lost), BigInt(start))).toBe(true);
      }),
    );
  });
});

describe("customerGrowthRate, acquisitionRate and customerNetChange", () => {
  it("customerGrowthRate is negative when the base shrinks and can pass 100", () => {
    expect(customerGrowthRate({ customersAtStart: 1000, customersAtEnd: 700 })).toBe(-30);
    expect(customerGrowthRate({ customersAtStart: 100, customersAtEnd: 250 })).toBe(150);
    expect(Object.is(customerGrowthRate({ customersAtStart: 5, customersAtEnd: 5 }), 0)).toBe(true);
    expect(customerGrowthRate({ customersAtStart: 0, customersAtEnd: 5 })).toBeUndefined();
  });

  it("acquisitionRate can pass 100 and is undefined without customers at the start", () => {
    expect(acquisitionRate({ customersAtStart: 50, newCustomers: 75 })).toBe(150);
    expect(acquisitionRate({ customersAtStart: 0, newCustomers: 75 })).toBeUndefined();
  });

  it("S2-CHURN: losses against acquisitions is its own metric, not a churn rate", () => {
    expect(customerNetChange({ newCustomers: 120, customersLost: 150 })).toStrictEqual({
      netChange: -30,
      lostPerHundredNew: 125,
    });
    expect(customerNetChange({ newCustomers: 0, customersLost: 0 })).toStrictEqual({
      netChange: 0,
      lostPerHundredNew: undefined,
    });
    expect(Object.is(customerNetChange({ newCustomers: 3, customersLost: 3 }).netChange, 0)).toBe(true);
    // The source's ratio and the churn rate differ as soon as the base is not the acquisitions
    expect(churnRate({ customersAtStart: 1000, customersLost: 150 })).toBe(15);
  });
});

describe("rate functions of two counts", () => {
  it.each(shares)("$name stays in 0..100 and agrees exactly with a BigInt oracle", ({ fn, part, whole }) => {
    const n = fc.integer({ min: 0, max: 90071992547409 });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const [p, w] = a <= b ? [a, b] : [b, a];
        const rate = call(fn, { [part]: p, [whole]: w }) as number | undefined;
        if (w === 0) return expect(rate).toBeUndefined();
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
        expect(isCorrectlyRounded(rate!, 100n * BigInt(p), BigInt(w))).toBe(true);
      }),
    );
  });

  it.each(shares)("$name does not change when both counts are scaled by k", ({ fn, part, whole }) => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1000 }), (a, b, k) => {
        const p = a % (b + 1);
        expect(call(fn, { [part]: k * p, [whole]: k * b })).toBe(call(fn, { [part]: p, [whole]: b }));
      }),
    );
  });

  const all = [
    ...shares,
    { name: "retentionRate", fn: retentionRate, part: "newCustomers", whole: "customersAtEnd", extra: { customersAtStart: 10 } },
    { name: "customerGrowthRate", fn: customerGrowthRate, part: "customersAtEnd", whole: "customersAtStart" },
    { name: "acquisitionRate", fn: acquisitionRate, part: "newCustomers", whole: "customersAtStart" },
    { name: "customerNetChange", fn: customerNetChange, part: "customersLost", whole: "newCustomers" },
  ];

  it.each(all)("$name rejects every kind of bad count with the right code and field", (entry) => {
    const extra = "extra" in entry ? entry.extra : {};
    fc.assert(
      fc.property(badCount, fc.constantFrom(entry.part, entry.whole), (bad, field) => {
        const input = { ...extra, [entry.part]: 1, [entry.whole]: 2, [field]: bad.value };
        const error = caught(() => call(entry.fn, input));
        expect([error.code, error.field, error.metric]).toEqual([bad.code, field, entry.name]);
      }),
    );
    expectCxError(() => call(entry.fn, null as never), { code: "wrong-type", field: "input" });
    expectCxError(() => call(entry.fn, [1, 2] as never), { code: "wrong-type", field: "input" });
  });
});
