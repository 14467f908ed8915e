// Issue 13, "Keep every promise at the edges": one test per numbered point, with the issue's own
// reproducers, each checking the behaviour the fix promised. Every test here failed (or hung) on
// the code before the fixes (commit 18c0b55); the hostile-input contract suite in
// contract.test.ts keeps the same promises for every export.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { CxMetricsError } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

// The normal quantile z(0.975), from R: qnorm(0.975) printed with digits = 17.
const Z95 = 1.959963984540054;
// sqrt(2 pi) / 2: the slope of z((1 + c) / 2) at c = 0, so z = c * sqrt(2 pi) / 2 (1 + O(c^2)).
const Z_SLOPE = 1.2533141373155003;

describe("13.1 a hole in a tally's counts is wrong-type, never skipped or counted as 0", () => {
  it("13.1 csat({ min: 1, max: 5, counts: [1, , 1, 1, 1] as number[] }) names tally.counts[1]", () => {
    expectCxError(() => lib.csat({ min: 1, max: 5, counts: [1, , 1, 1, 1] as number[] }), {
      code: "wrong-type",
      field: "tally.counts[1]",
    });
  });

  const holey = { min: 0, max: 10, counts: [1, , 1, 1, 1, 1, 1, 1, 1, 1, 1] as number[] };

  it("13.1 computeNps of a holey 0-10 tally names tally.counts[1]", () => {
    expectCxError(() => lib.computeNps(holey), { code: "wrong-type", field: "tally.counts[1]" });
  });

  it("13.1 npsInterval of a holey 0-10 tally names tally.counts[1]", () => {
    expectCxError(() => lib.npsInterval(holey), { code: "wrong-type", field: "tally.counts[1]" });
  });

  it("13.1 compareNps with a holey tally as b names b.tally.counts[1]", () => {
    expectCxError(() => lib.compareNps([9, 10], holey), { code: "wrong-type", field: "b.tally.counts[1]" });
  });

  it("13.1 mergeTallies with a holey tally names it, in either order", () => {
    const withHole = { min: 1, max: 3, counts: [1, , 1] as number[] };
    const full = { min: 1, max: 3, counts: [1, 1, 1] };
    expectCxError(() => lib.mergeTallies([withHole, full]), { code: "wrong-type", field: "tallies[0].counts[1]" });
    expectCxError(() => lib.mergeTallies([full, withHole]), { code: "wrong-type", field: "tallies[1].counts[1]" });
  });
});

describe("13.2 sample sizes are at most the population, and a size too large to count is out-of-range", () => {
  it("13.2 proportionSampleSize({ marginOfError: 5, population: 1 }) is 1, not 385", () => {
    expect(lib.proportionSampleSize({ marginOfError: 5, population: 1 })).toBe(1);
  });

  it("13.2 npsSampleSize({ marginOfError: 10, population: 1 }) is 1, not 385", () => {
    expect(lib.npsSampleSize({ marginOfError: 10, population: 1 })).toBe(1);
  });

  it.each([5e-324, 1e-200])("13.2 npsSampleSize({ marginOfError: %s }) is out-of-range, not NaN or Infinity", (m) => {
    const error = expectCxError(() => lib.npsSampleSize({ marginOfError: m }), {
      code: "out-of-range",
      field: "marginOfError",
    });
    expect(error.received).toBe(m);
  });
});

describe("13.3 no infinity comes out: every public number is checked finite", () => {
  it("13.3 grossMrrChurnRate({ startingMrr: 1e307, contractionMrr: 0, churnedMrr: 1e307 }) is 100", () => {
    expect(lib.grossMrrChurnRate({ startingMrr: 1e307, contractionMrr: 0, churnedMrr: 1e307 })).toBe(100);
  });

  it.each([
    [
      "netRevenueRetention",
      () => lib.netRevenueRetention({ startingMrr: 1, expansionMrr: 1.7e308, contractionMrr: 0, churnedMrr: 0 }),
    ],
    [
      "netMrrChurnRate",
      () => lib.netMrrChurnRate({ startingMrr: 1, expansionMrr: 1.7e308, contractionMrr: 0, churnedMrr: 0 }),
    ],
  ])("13.3 %s with an expansion of 1.7e308 over 1 names expansionMrr instead of returning an infinity", (_, call) => {
    expectCxError(call, { code: "out-of-range", field: "expansionMrr" });
  });
});

describe("13.4 valid money is not rejected, and rounding never pushes a percentage off its range", () => {
  it("13.4 valid money is not rejected: 0.1 + 0.2 of 0.3 is a gross MRR churn of 100", () => {
    expect(lib.grossMrrChurnRate({ startingMrr: 0.3, contractionMrr: 0.1, churnedMrr: 0.2 })).toBe(100);
  });

  it("13.4 0.1 + 0.2 of 0.3 is a gross revenue retention of exactly 0 (not negative, not -0)", () => {
    expect(Object.is(lib.grossRevenueRetention({ startingMrr: 0.3, contractionMrr: 0.1, churnedMrr: 0.2 }), 0)).toBe(
      true,
    );
  });

  it("13.4 0.1 + 0.2 of 0.3 with no expansion is a net revenue retention of exactly 0", () => {
    const nrr = lib.netRevenueRetention({ startingMrr: 0.3, expansionMrr: 0, contractionMrr: 0.1, churnedMrr: 0.2 });
    expect(Object.is(nrr, 0)).toBe(true);
  });

  it("13.4 0.69 churned of 0.69 is 100, not 100.00000000000001", () => {
    expect(lib.grossMrrChurnRate({ startingMrr: 0.69, contractionMrr: 0, churnedMrr: 0.69 })).toBe(100);
  });

  it("13.4 counts stay exact: 4 lost of 3 customers is still inconsistent", () => {
    expectCxError(() => lib.churnRate({ customersAtStart: 3, customersLost: 4 }), {
      code: "inconsistent",
      field: "customersLost",
    });
  });
});

describe("13.5 a customer listed at 0 before (a trial, a free plan) who starts paying is new MRR", () => {
  it("13.5 mrrMovements({ previous: { a: 0 }, current: { a: 10 } }) is 10 of new MRR and no reactivation", () => {
    const movements = lib.mrrMovements({ previous: { a: 0 }, current: { a: 10 } });
    expect([movements.newMrr, movements.reactivationMrr]).toEqual([10, 0]);
  });

  it("13.5 reactivation stays for formerCustomers", () => {
    const movements = lib.mrrMovements({ previous: {}, current: { a: 10 }, formerCustomers: ["a"] });
    expect([movements.newMrr, movements.reactivationMrr]).toEqual([0, 10]);
  });
});

describe("13.6 no Wald answer from a zero standard error", () => {
  it("13.6 compareNps([10], [0], { method: 'wald' }) has no p-value, z or interval", () => {
    // The difference is b's NPS minus a's: -100 - 100.
    const result = lib.compareNps([10], [0], { method: "wald" });
    expect(result?.difference).toBe(-200);
    expect([result?.lower, result?.upper, result?.z, result?.pValue]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("13.6 npsInterval([10, 10], { method: 'wald' }) has no bounds or margin", () => {
    const result = lib.npsInterval([10, 10], { method: "wald" });
    expect(result?.score).toBe(100);
    expect([result?.lower, result?.upper, result?.marginOfError]).toEqual([undefined, undefined, undefined]);
  });

  it("13.6 proportionInterval({ successes: 0, trials: 5 }, { method: 'wald' }) has no bounds", () => {
    const result = lib.proportionInterval({ successes: 0, trials: 5 }, { method: "wald" });
    expect(result?.percent).toBe(0);
    expect([result?.lower, result?.upper]).toEqual([undefined, undefined]);
  });
});

describe("13.7 clv's retention form keeps a small discount's digits: (100 - retention) + discount", () => {
  // m (100 + d) / ((100 - r) + d) at m = 100, r = 100: 100 * 100 / d to within 1e-16 relative.
  it.each([1e-14, 1e-15])("13.7 clv at retention 100 and discount %s is 1e4 / discount", (d) => {
    const value = lib.clv({ marginPerPeriod: 100, retentionPercent: 100, discountPercent: d });
    expect(value).toBeDefined();
    expect((value as number) / (1e4 / d)).toBeCloseTo(1, 12);
  });
});

describe("13.8 the NPS variance and tiny confidence levels keep full precision", () => {
  // Wald margin with Q = 0 passives: z * 100 * sqrt(4 P D / n^2 / n); the oracle takes the
  // square root of the exact integer 4 P D, so it is within a few ulps.
  it.each([1e9, 1e13])("13.8 the Wald margin at %s responses, all but one promoters, is exact to 1e-12", (n) => {
    const result = lib.npsInterval({ promoters: n - 1, passives: 0, detractors: 1 }, { method: "wald" });
    const oracle = (Z95 * 100 * Math.sqrt(4 * (n - 1))) / (n * Math.sqrt(n));
    expect((result?.marginOfError as number) / oracle).toBeCloseTo(1, 12);
  });

  // One promoter and one detractor, Wald: variance 1, n = 2, margin z * 100 * sqrt(1 / 2).
  it.each([1e-16, 1e-17, 1e-300])("13.8 a confidence of %s gives a positive margin proportional to it", (c) => {
    const result = lib.npsInterval({ promoters: 1, passives: 0, detractors: 1 }, { method: "wald", confidence: c });
    const oracle = c * Z_SLOPE * 100 * Math.SQRT1_2;
    expect((result?.marginOfError as number) / oracle).toBeCloseTo(1, 12);
  });
});

describe("13.9 an amount over a zero count is inconsistent, as in the count rates", () => {
  it("13.9 averageOrderValue({ revenue: 10, orders: 0 }) names revenue", () => {
    expectCxError(() => lib.averageOrderValue({ revenue: 10, orders: 0 }), { code: "inconsistent", field: "revenue" });
  });

  it("13.9 crc({ retentionCosts: 10, customers: 0 }) names retentionCosts", () => {
    expectCxError(() => lib.crc({ retentionCosts: 10, customers: 0 }), {
      code: "inconsistent",
      field: "retentionCosts",
    });
  });

  it("13.9 nothing over nothing is still no data", () => {
    expect([lib.averageOrderValue({ revenue: 0, orders: 0 }), lib.crc({ retentionCosts: 0, customers: 0 })]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("13.10 unknown and misspelt fields are errors that suggest the known name", () => {
  it("13.10 fcr with excludedTicket suggests excludedTickets", () => {
    const error = expectCxError(
      () => lib.fcr({ resolvedOnFirstContact: 50, tickets: 100, excludedTicket: 50 } as never),
      { code: "unknown-field", field: "excludedTicket" },
    );
    expect(error.message).toContain("did you mean `excludedTickets`?");
  });

  it("13.10 mrr with discount on a subscription names subscriptions[0].discount and lists discountPercent", () => {
    const error = expectCxError(() => lib.mrr([{ amount: 10, interval: "month", discount: 50 } as never]), {
      code: "unknown-field",
      field: "subscriptions[0].discount",
    });
    expect(error.message).toContain("discountPercent");
  });

  it("13.10 npsInterval with confidenc suggests confidence", () => {
    const error = expectCxError(() => lib.npsInterval([9], { confidenc: 0.99 } as never), {
      code: "unknown-field",
      field: "options.confidenc",
    });
    expect(error.message).toContain("did you mean `confidence`?");
  });
});

describe("13.11 strings are never coerced, and null is not undefined", () => {
  it.each<[string, unknown]>([
    ["an array", ["month"]],
    ["a String object", new String("year")],
    ["an object with toString", { toString: (): string => "month" }],
  ])("13.11 mrr rejects %s as an interval", (_, interval) => {
    expectCxError(() => lib.mrr([{ amount: 10, interval: interval as never }]), {
      code: "out-of-range",
      field: "subscriptions[0].interval",
    });
  });

  it.each(["quantity", "discountPercent", "intervalCount"])("13.11 mrr rejects null as %s", (field) => {
    expectCxError(() => lib.mrr([{ amount: 10, interval: "month", [field]: null }]), {
      code: "wrong-type",
      field: `subscriptions[0].${field}`,
    });
  });
});

/** An object whose `key` reads `first` once and `later` on every read after. */
function changing<T extends object>(target: T, key: string, first: unknown, later: unknown): T {
  let reads = 0;
  Object.defineProperty(target, key, { get: () => (reads++ === 0 ? first : later), enumerable: true });
  return target;
}

describe("13.12 every input value is read once and the validated value is used", () => {
  it("13.12 computeNps of a tally whose count of 10s reads 1, then 16777216", () => {
    const counts = changing([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "10", 1, 16777216);
    const result = lib.computeNps({ min: 0, max: 10, counts });
    expect([result?.score, result?.promoters, result?.responses]).toEqual([100, 1, 1]);
  });

  // Found by the contract suite, beyond the reproducer: every tally reader re-reads counts.
  it("13.12 csat of a tally whose last count reads 1, then -7, is 100 from one response", () => {
    expect(lib.csat({ min: 1, max: 5, counts: changing([0, 0, 0, 0], "4", 1, -7) })).toBe(100);
    expect(lib.csat({ min: 1, max: 5, counts: changing([1, 0, 0, 0], "4", 1, -7) })).toBe(50);
  });

  it("13.12 ces of a tally whose last count reads 1, then NaN, is one response of 7", () => {
    const result = lib.ces({ min: 1, max: 7, counts: changing([0, 0, 0, 0, 0, 0], "6", 1, Number.NaN) });
    expect([result?.mean, result?.responses]).toEqual([7, 1]);
  });

  it("13.12 mergeTallies of a tally whose last count reads 1, then -3, merges the 1", () => {
    expect(lib.mergeTallies([{ min: 1, max: 3, counts: changing([0, 0], "2", 1, -3) }]).counts).toEqual([0, 0, 1]);
  });

  it("13.12 mrrMovements never computes a starting MRR of -1000 from a getter that read 1000 first", () => {
    const previous = changing({}, "a", 1000, -1000);
    let result: lib.MrrMovements | undefined;
    let error: CxMetricsError | undefined;
    try {
      result = lib.mrrMovements({ previous, current: {} });
    } catch (e) {
      error = e as CxMetricsError;
    }
    // Either the getter is refused (naming it) or its first, validated value is used.
    if (error === undefined) expect(result?.startingMrr).toBe(1000);
    else expect([error instanceof CxMetricsError, error.field]).toEqual([true, 'previous["a"]']);
  });

  it("13.12 healthScore with a proxy whose value reads 50, then 500, scores 50", () => {
    let reads = 0;
    const component = new Proxy(
      { value: 50, weight: 1 },
      { get: (target, key, receiver) => (key === "value" && reads++ > 0 ? 500 : Reflect.get(target, key, receiver)) },
    );
    expect(lib.healthScore([component])).toBe(50);
  });

  it("13.12 mrr with an amount that reads 10, then -10, is 10", () => {
    expect(lib.mrr([changing({ interval: "month" }, "amount", 10, -10) as never])).toBe(10);
  });
});

describe("13.13 the Uint8Array fast path cannot be spoofed", () => {
  it("13.13 a Proxy around a Uint8Array answering '9' is read as an ordinary array-like", () => {
    const spoof = new Proxy(new Uint8Array(4), {
      get: (target, key) => (typeof key === "string" && /^\d+$/.test(key) ? "9" : Reflect.get(target, key)),
    });
    expectCxError(() => lib.computeNps(spoof), { code: "wrong-type", field: "scores[0]" });
  });

  it("13.13 an Object.create(Uint8Array.prototype) with strings and boxed numbers is rejected", () => {
    const fake = Object.create(Uint8Array.prototype);
    Object.defineProperty(fake, "length", { value: 4 });
    Object.assign(fake, { 0: "9", 1: new Number(10), 2: "10", 3: "9" });
    expectCxError(() => lib.computeNps(fake), { code: "wrong-type", field: "scores[0]" });
  });

  it("13.13 a real Uint8Array is still counted", () => {
    expect(lib.computeNps(new Uint8Array([10, 9, 9, 0, 7]))?.score).toBe(40);
  });
});

// On the old code the first of these never returned: run it with a process-level timeout there.
describe("13.14 sample sizes in constant time", () => {
  it("13.14 proportionSampleSize({ marginOfError: 1e-6 }) returns (an out-of-range error) instead of hanging", () => {
    expectCxError(() => lib.proportionSampleSize({ marginOfError: 1e-6 }), {
      code: "out-of-range",
      field: "marginOfError",
    });
  });

  it("13.14 proportionSampleSize({ marginOfError: 1e-6, population: 1 }) is 1 without counting to 9.6e9", () => {
    expect(lib.proportionSampleSize({ marginOfError: 1e-6, population: 1 })).toBe(1);
  });
});

describe("13.15 the library's own checks throw only CxMetricsError; the caller's exceptions pass through", () => {
  const scores = (next: () => unknown) => ({ [Symbol.iterator]: next }) as unknown as Iterable<number>;
  const c11 = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  it.each([
    ["a Symbol tally bound", () => lib.computeNps({ min: Symbol("x") as never, max: 10, counts: c11 }), "tally.min"],
    [
      "a null-prototype tally bound",
      () => lib.computeNps({ min: Object.create(null), max: 10, counts: c11 }),
      "tally.min",
    ],
    [
      "a null-prototype bound of a tally given with a scale",
      () => lib.csat({ min: Object.create(null), max: 5, counts: [1, 1, 1, 1, 1] }, { scale: { min: 1, max: 5 } }),
      "tally.min",
    ],
    [
      "a null-prototype bound of the second tally merged",
      () =>
        lib.mergeTallies([
          { min: 1, max: 3, counts: [1, 1, 1] },
          { min: Object.create(null), max: 3, counts: [1, 1, 1] },
        ]),
      "tallies[1].min",
    ],
    [
      "a null-prototype bound of a tally compared",
      () => lib.compareNps([9], { min: 0, max: Object.create(null), counts: c11 }),
      "b.tally.max",
    ],
    [
      "a Symbol scoreField",
      () => lib.tallyFromRows([{ score: 1 }], { scoreField: Symbol("s") as never }),
      "options.scoreField",
    ],
    [
      "a null-prototype interval",
      () => lib.mrr([{ amount: 10, interval: Object.create(null) }]),
      "subscriptions[0].interval",
    ],
    ["an iterator that is a number", () => lib.computeNps(scores(() => 5)), "scores"],
    ["an iterator without next", () => lib.computeNps(scores(() => ({}))), "scores"],
    ["a next() that returns a number", () => lib.computeNps(scores(() => ({ next: () => 5 }))), "scores"],
  ])("13.15 %s is a CxMetricsError", (_, call, field) => {
    expect(caught(call).field).toBe(field);
  });

  it("13.15 an exception from the caller's getter passes through unchanged", () => {
    const mine = new RangeError("mine");
    const input = {
      get resolvedOnFirstContact(): number {
        throw mine;
      },
      tickets: 1,
    };
    expect(() => lib.fcr(input)).toThrow(mine);
  });
});

describe("13.16 messages are bounded and safe, fields named as written, received as received", () => {
  it("13.16 a 10 MB string makes a short message and keeps the raw value in received", () => {
    const huge = "x".repeat(10_000_000);
    const error = caught(() => lib.computeNps([huge as never]));
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain("10000000 characters");
    expect(error.received).toBe(huge);
  });

  it("13.16 the message is built without calling the caller's toString or getters", () => {
    let calls = 0;
    const sneaky = {
      toString: () => {
        calls++;
        return "sneaky";
      },
      get length() {
        calls++;
        return 1;
      },
    };
    const error = caught(() => lib.healthBand(sneaky as never));
    expect([calls, error.message.includes("sneaky")]).toEqual([0, false]);
  });

  it("13.16 a tally bound is compared with the scale without calling its toString, and received is the bound", () => {
    let calls = 0;
    const min = {
      toString: () => {
        calls++;
        return "0";
      },
    };
    const error = caught(() =>
      lib.computeNps({ min: min as never, max: 10, counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }),
    );
    expect([calls, error.field, error.received]).toEqual([0, "tally.min", min]);
  });

  it("13.16 a function is named by kind, not by its source", () => {
    const error = caught(() => lib.computeNps([function secretSource() {} as never]));
    expect(error.message).not.toContain("secretSource() {}");
  });

  it("13.16 a top-level confidence is named confidence, not options.confidence", () => {
    expectCxError(() => lib.npsSampleSize({ marginOfError: 5, confidence: 2 }), {
      code: "out-of-range",
      field: "confidence",
    });
  });

  it("13.16 an overflow in previous names previous, not current", () => {
    expectCxError(() => lib.mrrMovements({ previous: { a: 1.7e308, b: 1.7e308 }, current: {} }), {
      code: "out-of-range",
      field: "previous",
    });
  });

  it("13.16 an overflow names the input with the value received there, not the overflowed result", () => {
    const error = expectCxError(
      () => lib.netRevenueRetention({ startingMrr: 1, expansionMrr: 1.7e308, contractionMrr: 0, churnedMrr: 0 }),
      { code: "out-of-range", field: "expansionMrr" },
    );
    expect(error.received).toBe(1.7e308);
  });

  it("13.16 received is the value received: 28, not 28.000000000000004", () => {
    const error = expectCxError(
      () => lib.npsSampleSize({ marginOfError: 5, promoterPercent: 80, detractorPercent: 28 }),
      {
        code: "inconsistent",
        field: "detractorPercent",
      },
    );
    expect(error.received).toBe(28);
  });
});
