import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { MAX_COUNT } from "../src/internal/limits.js";
import { caught } from "./helpers/errors.js";

// The error metadata of every public function, as tables: the function and field it names, and
// the message it builds. Every public function names itself in its errors, so a caller (and a
// log) can tell which metric rejected the data: one bad call per function, with the metric and
// field it must report.
const cases: [string, () => unknown, string][] = [
  ["ces", () => lib.ces([9]), "ratings[0]"],
  ["clv", () => lib.clv({ averagePurchaseValue: -1, purchaseFrequency: 1, lifespan: 1 }), "averagePurchaseValue"],
  ["compareNps", () => lib.compareNps([9], [9], { method: "x" as never }), "options.method"],
  ["crc", () => lib.crc({ retentionCosts: -1, customers: 1 }), "retentionCosts"],
  ["expansionMrr", () => lib.expansionMrr({ previous: 1 as never, current: {} }), "previous"],
  ["fcr", () => lib.fcr({ resolvedOnFirstContact: -1, tickets: 1 }), "resolvedOnFirstContact"],
  [
    "grossMrrChurnRate",
    () => lib.grossMrrChurnRate({ startingMrr: -1, contractionMrr: 0, churnedMrr: 0 }),
    "startingMrr",
  ],
  [
    "grossRevenueRetention",
    () => lib.grossRevenueRetention({ startingMrr: -1, contractionMrr: 0, churnedMrr: 0 }),
    "startingMrr",
  ],
  ["healthBand", () => lib.healthBand(-1), "score"],
  ["healthScore", () => lib.healthScore([{ value: -1, weight: 1 }]), "components[0].value"],
  ["mergeTallies", () => lib.mergeTallies([]), "tallies"],
  ["mrr", () => lib.mrr([{ amount: -1, interval: "month" }]), "subscriptions[0].amount"],
  ["mrrMovements", () => lib.mrrMovements({ previous: {}, current: { a: -1 } }), 'current["a"]'],
  [
    "netMrrChurnRate",
    () => lib.netMrrChurnRate({ startingMrr: -1, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 }),
    "startingMrr",
  ],
  [
    "netRevenueRetention",
    () => lib.netRevenueRetention({ startingMrr: -1, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 }),
    "startingMrr",
  ],
  ["npsInterval", () => lib.npsInterval([9], { confidence: 2 }), "options.confidence"],
  ["npsSampleSize", () => lib.npsSampleSize({ marginOfError: 0 }), "marginOfError"],
  ["proportionInterval", () => lib.proportionInterval({ successes: 2, trials: 1 }), "successes"],
  ["proportionSampleSize", () => lib.proportionSampleSize({ marginOfError: 0 }), "marginOfError"],
  ["quickRatio", () => lib.quickRatio({ newMrr: -1, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 }), "newMrr"],
  ["tally", () => lib.tally([11]), "ratings[0]"],
  ["tallyFromRows", () => lib.tallyFromRows([{ score: 11, count: 1 }]), "rows[0].score"],
];

describe("errors name the function that rejected the data", () => {
  it.each(cases)("%s names itself and the field", (metric, call, field) => {
    const error = caught(call);
    expect([error.metric, error.field]).toEqual([metric, field]);
    expect(error.message.startsWith(`${metric}: ${field} must be `)).toBe(true);
  });
});

describe("messages say what was expected", () => {
  it.each([
    [
      () => lib.healthBand(50, { atRiskBelow: 60, healthyFrom: 50 }),
      "healthBand: options.healthyFrom must be at least options.atRiskBelow (60), received 50",
    ],
    [() => lib.healthBand(101), "healthBand: score must be a score from 0 to 100, received 101"],
    [
      () => lib.healthScore([{ value: 50, weight: 0 }]),
      "healthScore: components must be components whose weights add up to more than 0, received 0",
    ],
    [
      () => lib.healthScore([{ value: 5, weight: 1, min: 9, max: 9 }]),
      "healthScore: components[0].max must be above its min (9), received 9",
    ],
    [
      () => lib.mrr([{ amount: 5, interval: "month", intervalCount: 0 }]),
      `mrr: subscriptions[0].intervalCount must be a whole number from 1 to ${MAX_COUNT}, received 0`,
    ],
    [
      () => lib.mrr([{ amount: 5, interval: "fortnight" as never }]),
      'mrr: subscriptions[0].interval must be one of day, week, month, quarter, year, received "fortnight"',
    ],
    [
      () => lib.expansionMrr({ previous: { a: 1 }, current: {}, customers: 1 } as never),
      "expansionMrr: customers must be absent with previous and current, received 1",
    ],
    [
      () => lib.expansionMrr({ previous: new Map([[1 as never, 1]]), current: {} }),
      "expansionMrr: previous key must be a customer id string, received 1",
    ],
    [
      () => lib.clv({ averagePurchaseValue: 1, purchaseFrequency: 1, lifespan: 1, churnPercent: 5 } as never),
      "clv: churnPercent must be absent when averagePurchaseValue is given, received 5",
    ],
    [
      () => lib.npsSampleSize({ marginOfError: 5, promoterPercent: 40 }),
      "npsSampleSize: detractorPercent must be given together with promoterPercent, received undefined",
    ],
    [
      () => lib.npsSampleSize({ marginOfError: 5, promoterPercent: 70, detractorPercent: 40 }),
      "npsSampleSize: detractorPercent must be at most 100 - promoterPercent, received 40",
    ],
    [
      () => lib.npsSampleSize({ marginOfError: 0 }),
      "npsSampleSize: marginOfError must be a margin above 0 and at most 200, received 0",
    ],
    [
      () => lib.proportionSampleSize({ marginOfError: 5, population: 0 }),
      `proportionSampleSize: population must be a whole number from 1 to ${MAX_COUNT}, received 0`,
    ],
    [
      () => lib.npsInterval([9], { method: "x" as never }),
      'npsInterval: options.method must be one of adjusted-wald, wald, received "x"',
    ],
    [
      () => lib.npsInterval([9], { confidence: 1 }),
      "npsInterval: options.confidence must be a level strictly between 0 and 1, received 1",
    ],
    [
      () => lib.computeNps({ min: 1, max: 10, counts: [] }),
      "computeNps: tally.min must be 0: a tally on 0 to 10, received 1",
    ],
    [
      () => lib.computeNps({ min: 0, max: 10, counts: [1] }),
      "computeNps: tally.counts must be an array of 11 counts, one a rating of the scale, received an array",
    ],
    [
      () => lib.tallyFromRows([{ score: 1, count: 2n ** 60n }]),
      `tallyFromRows: rows[0].count must be a whole number from 0 to ${MAX_COUNT}, received 1152921504606846976n`,
    ],
    [
      () => lib.mrrMovements({ previous: {}, current: {}, formerCustomers: 5 as never }),
      "mrrMovements: formerCustomers must be an array or iterable, received 5",
    ],
  ] as [() => unknown, string][])("%#: %s", (call, message) => {
    expect(caught(call).message).toBe(message);
  });
});
