// The rules every customer-count rate shares: a share of two named counts is correctly rounded and
// within 0..100, does not change when both counts are scaled, and every count field rejects every
// kind of bad count with its own name.
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
import { MAX_COUNT } from "../../src/internal/limits.js";
import { badCount, caught, expectCxError } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

/** The share functions: part / whole x 100 of two named counts, part at most whole. */
const shares = [
  { name: "churnRate", fn: churnRate, part: "customersLost", whole: "customersAtStart" },
  { name: "renewalRate", fn: renewalRate, part: "renewed", whole: "eligible" },
  { name: "repeatPurchaseRate", fn: repeatPurchaseRate, part: "repeatCustomers", whole: "customers" },
  { name: "referralRate", fn: referralRate, part: "referredCustomers", whole: "newCustomers" },
] as const;

/** Every function of customer counts, with two of its count fields. */
const all = [
  ...shares,
  {
    name: "retentionRate",
    fn: retentionRate,
    part: "newCustomers",
    whole: "customersAtEnd",
    extra: { customersAtStart: 10 },
  },
  { name: "customerGrowthRate", fn: customerGrowthRate, part: "customersAtEnd", whole: "customersAtStart" },
  { name: "acquisitionRate", fn: acquisitionRate, part: "newCustomers", whole: "customersAtStart" },
  { name: "customerNetChange", fn: customerNetChange, part: "customersLost", whole: "newCustomers" },
];

const call = (fn: (input: never) => unknown, input: Record<string, unknown>): unknown => fn(input as never);

describe("shares of two customer counts", () => {
  it.each(shares)("$name stays in 0..100 and agrees exactly with a BigInt oracle", ({ fn, part, whole }) => {
    const n = fc.integer({ min: 0, max: MAX_COUNT });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const [p, w] = a <= b ? [a, b] : [b, a];
        const rate = call(fn, { [part]: p, [whole]: w }) as number | undefined;
        if (w === 0) {
          expect(rate).toBeUndefined();
          return;
        }
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
});

describe("functions of customer counts", () => {
  it.each(all)("$name rejects every kind of bad count with the right code and field", (entry) => {
    const extra = "extra" in entry ? entry.extra : {};
    fc.assert(
      fc.property(badCount, fc.constantFrom(entry.part, entry.whole), (bad, field) => {
        const input = { ...extra, [entry.part]: 1, [entry.whole]: 2, [field]: bad.value };
        const error = caught(() => call(entry.fn, input));
        expect([error.code, error.field, error.metric]).toEqual([bad.code, field, entry.name]);
      }),
    );
  });

  it.each(all)("$name rejects an input that is not an object of counts", (entry) => {
    expectCxError(() => call(entry.fn, null as never), { code: "wrong-type", field: "input" });
    expectCxError(() => call(entry.fn, [1, 2] as never), { code: "wrong-type", field: "input" });
  });
});
