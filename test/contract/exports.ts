// The table of the contract suite: for every runtime export, an arbitrary of valid arguments, how
// the library names each argument in its errors, which objects are open (their keys are the
// caller's), and the range its result must fall in. Adding an export is one entry here.
import fc from "fast-check";

/** One export's entry. */
export interface Entry {
  /** Valid arguments, as plain data (arrays, objects, Maps, typed arrays). */
  readonly args: fc.Arbitrary<unknown[]>;
  /**
   * How the library names each argument in a field: `""` for an input object whose fields are
   * named bare (`startingMrr`), `"options"`, `"scores"`... A function decides from the valid value.
   */
  readonly names: readonly (string | ((value: unknown) => string))[];
  /** The names an error may give a whole argument replaced by something else (default: its name). */
  readonly roots?: readonly (readonly string[])[];
  /** True for an object (by its field's tokens) whose keys are the caller's: extra keys are fine. */
  readonly open?: (tokens: readonly string[]) => boolean;
  /** Fields where a `bigint` is valid data (the counts of SQL `GROUP BY` rows). */
  readonly bigint?: (tokens: readonly string[]) => boolean;
  /** Extra checks of a valid result beyond "every number finite and not -0". */
  readonly result?: (value: unknown) => boolean;
  /**
   * For fields whose documented type is a union (a survey cell: digits, a number or a blank; a
   * customer id: a string or a number): true when `value` put there is valid data, so a
   * replacement by it need not throw (the result is still checked).
   */
  readonly valid?: (tokens: readonly string[], value: unknown) => boolean;
  /** Fewer runs for slow functions (model fits). */
  readonly runs?: number;
}

/** The class export: not called with data; its entry checks the error's message safety instead. */
export const CLASS = "class" as const;

// --- values ---------------------------------------------------------------------------------------

const count = fc.integer({ min: 0, max: 1000 });
// Amounts of money: 0, or from a cent up (a starting MRR of 5e-324 makes every rate overflow,
// which is a documented error, not a valid case).
const amount = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true }));
const percent = fc.double({ min: 0, max: 100, noNaN: true });
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const id = fc.constantFrom("acme", "globex", "initech", "umbrella", "hooli");

/** An optional field: absent, or present with a value. */
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** A record without its undefined fields (absent rather than present-undefined). */
const clean = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields).map(clean);
/** Options: absent, or an object of some of its fields. */
const options = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.option(record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, optional(v)]))), { nil: undefined });

/** `part` at most `whole`: [part, whole]. */
const partOf = fc.tuple(count, count).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

/** Ratings on a scale as an array, a Uint8Array (when they fit) or a tally. */
function ratingsOn(min: number, max: number): fc.Arbitrary<unknown> {
  const ratings = fc.array(fc.integer({ min, max }), { maxLength: 12 });
  return fc.oneof(
    ratings,
    min >= 0 ? ratings.map((r) => Uint8Array.from(r)) : ratings,
    fc.array(fc.integer({ min: 0, max: 50 }), { minLength: max - min + 1, maxLength: max - min + 1 }).map((counts) => ({
      min,
      max,
      counts,
    })),
  );
}

/** Any NPS input: scores, a Uint8Array, a 0-10 tally or counts. */
const npsInput = fc.oneof(ratingsOn(0, 10), record({ promoters: count, passives: count, detractors: count }));

/** How a survey input is named: a list by `list`, a tally by `tally`, counts bare (prefixed). */
const surveyName =
  (list: string, prefix = "") =>
  (value: unknown): string => {
    if (Array.isArray(value) || ArrayBuffer.isView(value)) return list;
    if (typeof value === "object" && value !== null && "counts" in value) return prefix ? `${prefix}.tally` : "tally";
    return prefix;
  };

const snapshot = fc.oneof(
  fc.dictionary(id, amount, { maxKeys: 4 }),
  fc.dictionary(id, amount, { maxKeys: 4 }).map((o) => new Map(Object.entries(o))),
);

const subscription = record({
  amount,
  interval: fc.constantFrom("day", "week", "month", "quarter", "year"),
  intervalCount: optional(fc.integer({ min: 1, max: 12 })),
  quantity: optional(fc.integer({ min: 0, max: 10 })),
  discountPercent: optional(percent),
  customer: optional(id),
});

/** startingMrr with contraction and churn that fit in it. */
const lossesOf = fc
  .tuple(amount, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([startingMrr, f, g]) => {
    const contractionMrr = startingMrr * f;
    return { startingMrr, contractionMrr, churnedMrr: (startingMrr - contractionMrr) * g };
  })
  .filter((m) => m.contractionMrr + m.churnedMrr <= m.startingMrr);

const model = (names: readonly string[]) =>
  fc
    .tuple(...names.map(() => fc.double({ min: 0.05, max: 20, noNaN: true })))
    .map((values) => Object.fromEntries(names.map((name, i) => [name, values[i]])));

const history = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 52 }))
  .map(([frequency, share, age]) => ({ frequency, recency: frequency === 0 ? 0 : Math.round(share * age), age }));

const rows = fc
  .tuple(
    fc.array(history, { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 1, max: 30 }),
  )
  .map(([histories, frequency, age]) => [...histories, { frequency, recency: age, age, count: 3 }]);

const periods = record({ periods: fc.double({ min: 0, max: 52, noNaN: true }) });

const inPercent = (v: unknown) => v === undefined || (typeof v === "number" && v >= 0 && v <= 100);
const atLeast0 = (v: unknown) => v === undefined || (typeof v === "number" && v >= 0);
const probability = (v: unknown) => typeof v === "number" && v >= 0 && v <= 1;
const isTally = (v: unknown) => {
  const t = v as { min: number; max: number; counts: number[] };
  return t.counts.length === t.max - t.min + 1 && t.counts.every((c) => Number.isInteger(c) && c >= 0);
};

const countRate = (part: string, whole: string): Entry => ({
  args: partOf.map(([p, w]) => [{ [part]: p, [whole]: w }]),
  names: [""],
  result: inPercent,
});

const snapshotsOpen = (tokens: readonly string[]) =>
  tokens.length === 1 && (tokens[0] === "previous" || tokens[0] === "current");

const subscriptions = fc.oneof(
  fc.array(subscription, { maxLength: 4 }),
  record({ customers: count, averageMonthlyRevenue: amount }),
);

// Days as `YYYY-MM-DD` (or a Date), in 2025-2026.
const DAY0 = Date.UTC(2025, 0, 1);
const isoDay = (n: number): string => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);
const dayNumber = fc.integer({ min: 0, max: 600 });
const dayOf = (n: number): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant(isoDay(n)), fc.constant(new Date(DAY0 + n * 86_400_000)));
/** A Date is a date: extra own keys on it are not unknown fields. */
const isDate = (tokens: readonly string[], last: string) => tokens[tokens.length - 1] === last;

/** A customer id: a string or a finite number. */
/** A valid Date where the function reads a date (a field named like one): data, not an error. */
const validDate = (t: readonly string[], v: unknown): boolean =>
  v instanceof Date && !Number.isNaN(v.getTime()) && /(At|End|asOf)$/.test(t[t.length - 1] ?? "");
const customerId = (v: unknown) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));

/** A purchase history for the BG/BB model: frequency and recency within periods, 0 together. */
const bgBbHistory = fc
  .tuple(
    fc.integer({ min: 0, max: 12 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([periods, f, r]) => {
    const frequency = Math.round(f * periods);
    const recency = frequency === 0 ? 0 : frequency + Math.round(r * (periods - frequency));
    return { frequency, recency, periods };
  });
const bgBbModel = model(["alpha", "beta", "gamma", "delta"]);
const futurePeriods = record({ periods: fc.integer({ min: 0, max: 52 }) });

/** Gamma-gamma parameters (q above 1: the mean spend exists). */
const gammaGammaModel = fc
  .tuple(
    fc.double({ min: 0.05, max: 20, noNaN: true }),
    fc.double({ min: 1.05, max: 20, noNaN: true }),
    fc.double({ min: 0.05, max: 20, noNaN: true }),
  )
  .map(([p, q, gamma]) => ({ p, q, gamma }));
const spend = fc.double({ min: 0.01, max: 1e4, noNaN: true });

/** A BG/NBD history with a mean spend when there are repeat purchases. */
const valuedHistory = fc
  .tuple(history, spend)
  .map(([h, monetaryValue]) => (h.frequency === 0 ? h : { ...h, monetaryValue }));
const valueModels = fc
  .tuple(model(["r", "alpha", "a", "b"]), gammaGammaModel)
  .map(([bgNbd, gammaGamma]) => ({ bgNbd, gammaGamma }));
const valueOptions = fc
  .tuple(
    fc.integer({ min: 0, max: 60 }),
    fc.double({ min: 0, max: 20, noNaN: true }),
    percent,
    optional(fc.double({ min: 0.1, max: 4, noNaN: true })),
  )
  .map(([periods, discountPercent, marginPercent, periodLength]) =>
    clean({ periods, discountPercent, marginPercent, periodLength }),
  );
const valueModelsOpen = (t: readonly string[]) => t.length === 2 && t[0] === "models";

const sbgModel = model(["alpha", "beta"]);
// A discount rate: 0, or from 0.01 % (a rate of 5e-324 % is a documented error: the lifetime series
// does not converge).
const discount = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true }));
const ages = fc.integer({ min: 0, max: 40 });

/** Survivors of one cohort by age: never rising. */
const survivors = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }))
  .map(([start, shares]) => {
    const out = [start];
    for (const s of shares) out.push(Math.floor((out[out.length - 1] as number) * s));
    return out;
  });

/** Transactions and an observation window. */
const transactions = (withHoldout: boolean) =>
  fc
    .tuple(
      // In date order: an array out of date order is read a second time (documented), which a
      // getter answering differently on its second read would see.
      fc
        .array(fc.tuple(id, dayNumber, fc.option(spend, { nil: undefined })), { maxLength: 6 })
        .map((list) => [...list].sort((a, b) => a[1] - b[1])),
      fc.boolean(),
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: 0, max: 200 }),
      fc.constantFrom("day", "week"),
      fc.boolean(),
    )
    .chain(([list, withAmount, extra, back, unit, holdout]) => {
      const last = list.reduce((m, [, d]) => Math.max(m, d), 0);
      const end = last + extra;
      return fc
        .tuple(
          fc.tuple(
            ...list.map(([customer, day, amount]) =>
              dayOf(day).map((at) => (withAmount ? { customer, at, amount: amount ?? 0 } : { customer, at })),
            ),
          ),
          dayOf(end),
          withHoldout && holdout ? dayOf(Math.max(0, end - back)) : fc.constant(undefined),
        )
        .map(([rowsOf, observationEnd, calibrationEnd]) => [rowsOf, clean({ observationEnd, unit, calibrationEnd })]);
    });

/** Customers of a cohort table, started on or before asOf, ended on or after they started. */
const cohortCustomers = fc
  .tuple(
    fc.array(fc.tuple(dayNumber, fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), fc.boolean()), {
      maxLength: 6,
    }),
    fc.integer({ min: 0, max: 200 }),
    optional(fc.constantFrom("month", "week", "quarter", "year")),
  )
  .chain(([list, extra, period]) => {
    const asOf = list.reduce((m, [d]) => Math.max(m, d), 0) + extra;
    return fc
      .tuple(
        fc.tuple(
          ...list.map(([start, length, nullEnd]) =>
            fc
              .tuple(
                dayOf(start),
                length === undefined ? fc.constant(nullEnd ? null : undefined) : dayOf(start + length),
              )
              .map(([startedAt, endedAt]) => clean({ startedAt, endedAt: endedAt === null ? null : endedAt })),
          ),
        ),
        dayOf(asOf),
      )
      .map(([customers, asOfDay]) => [customers, clean({ period, asOf: asOfDay })]);
  });

const monthLabel = (n: number): string => `${2025 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
/** Revenue rows: one per customer and month. */
const revenueRows = fc
  .array(
    fc.tuple(
      id,
      fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { maxLength: 4 }),
      fc.array(amount, { minLength: 4, maxLength: 4 }),
    ),
    { maxLength: 3 },
  )
  .map((customers) => {
    const seen = new Set<string>();
    const out: { customer: string; period: string; mrr: number }[] = [];
    for (const [customer, months, mrrs] of customers) {
      if (seen.has(customer)) continue;
      seen.add(customer);
      months.forEach((m, i) => out.push({ customer, period: monthLabel(m), mrr: mrrs[i] as number }));
    }
    return out;
  });

/** A survey cell as exported: digits (maybe padded), a blank, null or a number. */
const cell = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map(String),
  fc.integer({ min: 0, max: 10 }).map((n) => ` ${n} `),
  fc.constantFrom("", "  ", null),
  fc.integer({ min: 0, max: 10 }),
);
const validCell = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  (typeof v === "string" && (v.trim() === "" || /^\s*-?\d+\s*$/.test(v))) ||
  (typeof v === "number" && Number.isFinite(v));

// --- survey analytics: segments, trends, weights --------------------------------------------------

const segmentId = fc.constantFrom("north", "south", "web", "North America");
/** A Map or a plain object from caller-chosen names to `value` (the form of `Segments` and `Periods`). */
const keyed = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.dictionary(segmentId, value, { maxKeys: 3 }),
    fc.dictionary(segmentId, value, { maxKeys: 3 }).map((o) => new Map(Object.entries(o))),
  );
/** Periods: an array in time order, or a Map or object keyed by label. */
const periodsOf = (value: fc.Arbitrary<unknown>) => fc.oneof(fc.array(value, { maxLength: 4 }), keyed(value));
/** CSAT input: ratings, a tally, or `{ satisfied, responses }`. */
const csatInput = fc.oneof(
  ratingsOn(1, 5),
  partOf.map(([satisfied, responses]) => ({ satisfied, responses })),
);
const successes = partOf.map(([s, trials]) => ({ successes: s, trials }));
const segmentOptions = {
  confidence: level,
  adjustment: fc.constantFrom("holm", "hochberg", "bonferroni", "benjamini-hochberg"),
  sortBy: fc.constantFrom("input", "segment", "score", "difference", "pValue", "responses"),
  order: fc.constantFrom("ascending", "descending"),
};
const trendOptions = {
  confidence: level,
  window: fc.integer({ min: 1, max: 5 }),
  sigmas: fc.double({ min: 0.5, max: 4, noNaN: true }),
};
/** The top-level keys of segments or periods are the caller's. */
const keysOpen = (root: string) => (t: readonly string[]) => t.length === 1 && t[0] === root;
const rowsOrNone = (v: unknown) => v === undefined || Array.isArray(v);

/** Respondents with a plan and a region, and targets that every category present can meet. */
const PLANS = ["free", "pro", "enterprise"] as const;
const REGIONS = ["EU", "US"] as const;
const rakeArgs = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...PLANS), fc.constantFrom(...REGIONS)), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 5, maxLength: 5 }),
    options({
      maxIterations: fc.integer({ min: 1, max: 50 }),
      tolerance: fc.double({ min: 1e-9, max: 1, noNaN: true }),
    }),
  )
  .map(([list, withRegion, raw, opts]) => {
    // Integer percentages that add up to exactly 100 over the categories present; 0 for the others.
    const sharesOf = (categories: readonly string[], present: Set<string>, weights: number[]) => {
      const used = categories.filter((c) => present.has(c));
      const total = used.reduce((sum, c) => sum + (weights[categories.indexOf(c)] as number), 0);
      const out: Record<string, number> = {};
      let left = 100;
      used.forEach((c, i) => {
        const share =
          i === used.length - 1 ? left : Math.floor((100 * (weights[categories.indexOf(c)] as number)) / total);
        out[c] = share;
        left -= share;
      });
      for (const c of categories) if (!present.has(c)) out[c] = 0;
      return out;
    };
    const targets: Record<string, Record<string, number>> = {
      plan: sharesOf(PLANS, new Set(list.map(([p]) => p)), raw.slice(0, 3)),
    };
    if (withRegion) targets["region"] = sharesOf(REGIONS, new Set(list.map(([, r]) => r)), raw.slice(3));
    // Each respondent twice: deleting one keeps every category with a positive target answered.
    const respondents = [...list, ...list].map(([plan, region]) => (withRegion ? { plan, region } : { plan }));
    return opts === undefined ? [respondents, targets] : [respondents, targets, opts];
  });
const validPValue = (v: unknown) => typeof v === "number" && v >= 0 && v <= 1;

/** Responses with an id and a time: a Date, milliseconds or a `YYYY-MM-DD` day. */
const identified = fc
  .tuple(
    fc.oneof(id, fc.integer({ min: 1, max: 5 })),
    dayNumber,
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 10 }),
  )
  .chain(([respondentId, day, form, score]) =>
    (form === 0 ? fc.constant<unknown>(DAY0 + day * 86_400_000 + 3_600_000) : dayOf(day)).map((answeredAt) => ({
      respondentId,
      answeredAt,
      score,
    })),
  );
const msInDateRange = (v: unknown) => typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 8.64e15;

// --- the table --------------------------------------------------------------------------------------

export const TABLE: Record<string, Entry | typeof CLASS> = {
  acquisitionRate: {
    args: fc.tuple(count, count).map(([customersAtStart, newCustomers]) => [{ customersAtStart, newCustomers }]),
    names: [""],
    result: atLeast0,
  },
  adjustPValues: {
    args: fc.tuple(
      fc.oneof(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }).map((p) => Float64Array.from(p)),
      ),
      options({ method: fc.constantFrom("holm", "hochberg", "bonferroni", "benjamini-hochberg") }),
    ),
    names: ["pValues", "options"],
    result: (v) => v === undefined || (Array.isArray(v) && v.every(validPValue)),
  },
  arpa: {
    args: fc
      .tuple(amount, count)
      .map(([mrr, activeAccounts]) => [{ mrr: activeAccounts === 0 ? 0 : mrr, activeAccounts }]),
    names: [""],
    result: atLeast0,
  },
  arr: {
    args: subscriptions.map((s) => [s]),
    names: [(v) => (Array.isArray(v) ? "subscriptions" : "")],
    roots: [["subscriptions", ""]],
    result: atLeast0,
  },
  averageOrderValue: {
    args: fc.tuple(amount, count).map(([revenue, orders]) => [{ revenue: orders === 0 ? 0 : revenue, orders }]),
    names: [""],
    result: atLeast0,
  },
  bgBbExpectedPurchases: {
    args: fc.tuple(bgBbModel, bgBbHistory, futurePeriods),
    names: ["model", "customer", "options"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  bgBbNewCustomerPurchases: {
    args: fc.tuple(bgBbModel, futurePeriods),
    names: ["model", "options"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  bgBbProbabilityAlive: {
    args: fc.tuple(bgBbModel, bgBbHistory),
    names: ["model", "customer"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: probability,
  },
  bgNbdExpectedPurchases: {
    args: fc.tuple(model(["r", "alpha", "a", "b"]), history, periods),
    names: ["model", "customer", "options"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  bgNbdNewCustomerPurchases: {
    args: fc.tuple(model(["r", "alpha", "a", "b"]), periods),
    names: ["model", "options"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  bgNbdProbabilityAlive: {
    args: fc.tuple(model(["r", "alpha", "a", "b"]), history),
    names: ["model", "customer"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: probability,
  },
  cac: {
    args: fc.tuple(amount, count).map(([acquisitionSpend, newCustomers]) => [{ acquisitionSpend, newCustomers }]),
    names: [""],
    result: atLeast0,
  },
  cacPaybackMonths: {
    args: fc
      // A margin of 5e-323 % makes the payback overflow: a documented error, not a valid case.
      .tuple(amount, amount, fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })))
      .map(([acquisitionCost, mrrPerNewCustomer, grossMarginPercent]) => [
        { acquisitionCost, mrrPerNewCustomer, grossMarginPercent },
      ]),
    names: [""],
    result: atLeast0,
  },
  ces: {
    args: fc.tuple(ratingsOn(1, 7), options({ lowerIsEasier: fc.boolean() })),
    names: [surveyName("ratings"), "options"],
    roots: [["ratings", ""]],
  },
  churnRate: countRate("customersLost", "customersAtStart"),
  clv: {
    args: fc
      .oneof(
        record({ averagePurchaseValue: amount, purchaseFrequency: amount, lifespan: amount }),
        record({
          averageRevenuePerAccount: amount,
          grossMarginPercent: optional(percent),
          churnPercent: fc.double({ min: 0.01, max: 100, noNaN: true }),
        }),
        record({
          marginPerPeriod: amount,
          retentionPercent: fc.double({ min: 0, max: 99, noNaN: true }),
          discountPercent: percent,
        }),
      )
      .map((input) => [input]),
    names: [""],
    result: atLeast0,
  },
  cohortRetention: {
    args: cohortCustomers,
    names: ["customers", "options"],
    // A Date's own keys are not fields.
    open: (t) =>
      (t[0] === "customers" && (isDate(t, "startedAt") || isDate(t, "endedAt"))) ||
      (t[0] === "options" && isDate(t, "asOf")),
    valid: validDate,
  },
  compareNps: {
    args: fc.tuple(
      npsInput,
      npsInput,
      options({ confidence: level, method: fc.constantFrom("adjusted-wald", "wald") }),
    ),
    names: [surveyName("a", "a"), surveyName("b", "b"), "options"],
    roots: [["a"], ["b"]],
  },
  computeNps: {
    args: npsInput.map((input) => [input]),
    names: [surveyName("scores")],
    roots: [["scores", ""]],
  },
  crc: {
    args: fc
      .tuple(amount, count)
      .map(([retentionCosts, customers]) => [{ retentionCosts: customers === 0 ? 0 : retentionCosts, customers }]),
    names: [""],
    result: atLeast0,
  },
  csat: {
    args: fc.oneof(
      fc.tuple(ratingsOn(1, 5), options({ satisfiedAtLeast: fc.integer({ min: 1, max: 5 }) })),
      partOf.map(([satisfied, responses]) => [{ satisfied, responses }]),
    ),
    names: [surveyName("ratings"), "options"],
    roots: [["ratings", ""]],
    result: inPercent,
  },
  csatBySegment: {
    args: fc.tuple(keyed(csatInput), options({ ...segmentOptions, satisfiedAtLeast: fc.integer({ min: 1, max: 5 }) })),
    names: ["segments", "options"],
    open: keysOpen("segments"),
    result: rowsOrNone,
    runs: 100,
  },
  csatTrend: {
    args: fc.tuple(
      periodsOf(csatInput),
      options({ ...trendOptions, satisfiedAtLeast: fc.integer({ min: 1, max: 5 }) }),
    ),
    names: ["periods", "options"],
    open: keysOpen("periods"),
    runs: 100,
  },
  customerGrowthRate: {
    args: fc.tuple(count, count).map(([customersAtStart, customersAtEnd]) => [{ customersAtStart, customersAtEnd }]),
    names: [""],
  },
  customerNetChange: {
    args: fc.tuple(count, count).map(([newCustomers, customersLost]) => [{ newCustomers, customersLost }]),
    names: [""],
  },
  CxMetricsError: CLASS,
  expansionMrr: {
    args: fc
      .oneof(
        record({ previous: snapshot, current: snapshot }),
        record({ customers: count, averageExpansionPerCustomer: amount }),
      )
      .map((input) => [input]),
    names: [""],
    open: snapshotsOpen,
    result: atLeast0,
  },
  fcr: {
    args: fc
      .tuple(
        count,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
      )
      .map(([tickets, e, r, withExcluded]) => {
        const excludedTickets = withExcluded ? Math.floor(tickets * e) : 0;
        const resolvedOnFirstContact = Math.floor((tickets - excludedTickets) * r);
        return [
          withExcluded ? { resolvedOnFirstContact, tickets, excludedTickets } : { resolvedOnFirstContact, tickets },
        ];
      }),
    names: [""],
    result: inPercent,
  },
  fitBgBb: {
    args: fc.tuple(
      fc.array(
        bgBbHistory.chain((h) =>
          record({
            ...Object.fromEntries(Object.entries(h).map(([k, v]) => [k, fc.constant(v)])),
            count: optional(fc.integer({ min: 0, max: 5 })),
          }),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      options({ maxIterations: fc.integer({ min: 1, max: 3 }) }),
    ),
    names: ["rows", "options"],
    runs: 60,
  },
  fitBgNbd: {
    args: fc.tuple(rows, options({ maxIterations: fc.integer({ min: 1, max: 3 }) })),
    names: ["rows", "options"],
    runs: 60,
  },
  fitGammaGamma: {
    args: fc.tuple(
      fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: 10 }), spend, optional(fc.integer({ min: 0, max: 5 })))
          .map(([frequency, monetaryValue, c]) =>
            clean({ frequency, monetaryValue: frequency === 0 ? undefined : monetaryValue, count: c }),
          ),
        { minLength: 1, maxLength: 5 },
      ),
      options({ maxIterations: fc.integer({ min: 1, max: 3 }) }),
    ),
    names: ["rows", "options"],
    runs: 60,
  },
  fitParetoNbd: {
    args: fc.tuple(rows, options({ maxIterations: fc.integer({ min: 1, max: 3 }) })),
    names: ["rows", "options"],
    runs: 60,
  },
  fitSbg: {
    // Only the cohort-table form: in the array forms the first item decides the form (a number:
    // one cohort's counts; else a list of cohorts), so any change of input[0] changes the form and
    // the error rightly names a later item, or `[[]]`/`[-0]` is valid data with no customers.
    args: fc
      .array(survivors, { minLength: 1, maxLength: 3 })
      .map((list) => [{ cohorts: list.map((active) => ({ active })) }]),
    names: ["input"],
    runs: 100,
  },
  gammaGammaExpectedValue: {
    args: fc.tuple(
      gammaGammaModel,
      fc
        .tuple(fc.integer({ min: 0, max: 10 }), spend)
        .map(([frequency, monetaryValue]) => (frequency === 0 ? { frequency } : { frequency, monetaryValue })),
    ),
    names: ["model", "customer"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  grossMrrChurnRate: { args: lossesOf.map((m) => [m]), names: [""], result: inPercent },
  grossRevenueRetention: { args: lossesOf.map((m) => [m]), names: [""], result: inPercent },
  healthBand: {
    args: fc.tuple(
      percent,
      fc.option(
        fc.tuple(percent, percent).map(([a, b]) => ({ atRiskBelow: Math.min(a, b), healthyFrom: Math.max(a, b) })),
        { nil: undefined },
      ),
    ),
    names: ["score", "options"],
    result: (v) => v === "at-risk" || v === "neutral" || v === "healthy",
  },
  healthScore: {
    args: fc
      .array(
        fc.oneof(
          record({ value: percent, weight: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
          fc
            .tuple(
              fc.integer({ min: -100, max: 100 }),
              fc.integer({ min: 1, max: 100 }),
              fc.double({ min: 0, max: 1, noNaN: true }),
            )
            .chain(([min, span, at]) =>
              record({
                value: fc.constant(min + span * at),
                weight: fc.double({ min: 0.1, max: 10, noNaN: true }),
                min: fc.constant(min),
                max: fc.constant(min + span),
                higherIsBetter: optional(fc.boolean()),
              }),
            ),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((components) => [components]),
    names: ["components"],
    result: inPercent,
  },
  latestResponses: {
    args: fc.tuple(
      fc.array(identified, { maxLength: 5 }),
      options({ per: fc.constantFrom("all", "day", "week", "month") }),
    ),
    names: ["responses", "options"],
    // A response is the caller's record (its other fields are kept); a Date's own keys are not fields.
    open: (t) => (t[0] === "responses" && t.length === 2) || isDate(t, "answeredAt"),
    // Documented unions: an id is a string or a number; a time a Date, milliseconds or a day.
    valid: (t, v) =>
      t.length === 3 &&
      t[0] === "responses" &&
      // Fields other than the id and the time are the caller's, kept as they are (the TSDoc).
      (t[2] === "score" ||
        (t[2] === "respondentId" && customerId(v)) ||
        (t[2] === "answeredAt" &&
          (validDate(t, v) || msInDateRange(v) || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v))))),
    result: rowsOrNone,
  },
  lifetimeValue: {
    args: fc.tuple(valueModels, valuedHistory, valueOptions),
    names: ["models", "customer", "options"],
    open: valueModelsOpen,
    result: atLeast0,
  },
  lifetimeValues: {
    args: fc.tuple(valueModels, fc.array(valuedHistory, { maxLength: 4 }), valueOptions),
    names: ["models", "customers", "options"],
    open: valueModelsOpen,
    result: (v) => Array.isArray(v) && v.every(atLeast0),
  },
  ltvToCac: {
    args: fc.tuple(amount, amount).map(([lifetimeValue, acquisitionCost]) => [{ lifetimeValue, acquisitionCost }]),
    names: [""],
    result: atLeast0,
  },
  mergeTallies: {
    args: fc
      .array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 3 })
      .map((list) => [list.map((counts) => ({ min: 1, max: 5, counts }))]),
    names: ["tallies"],
    result: isTally,
  },
  mrr: {
    args: subscriptions.map((s) => [s]),
    names: [(v) => (Array.isArray(v) ? "subscriptions" : "")],
    roots: [["subscriptions", ""]],
    result: atLeast0,
  },
  mrrByCustomer: {
    args: fc
      .array(
        subscription.map((s) => ({ ...s, customer: s["customer"] ?? "acme" })),
        { maxLength: 4 },
      )
      .map((s) => [s]),
    names: ["subscriptions"],
  },
  mrrMovements: {
    args: fc
      .tuple(snapshot, snapshot, optional(fc.uniqueArray(fc.constantFrom("former-1", "former-2"), { maxLength: 2 })))
      .map(([previous, current, formerCustomers]) => [clean({ previous, current, formerCustomers })]),
    names: [""],
    open: snapshotsOpen,
  },
  netMrrChurnRate: {
    args: fc
      .tuple(lossesOf, amount, optional(amount))
      .map(([m, expansionMrr, reactivationMrr]) => [clean({ ...m, expansionMrr, reactivationMrr })]),
    names: [""],
  },
  netRevenueRetention: {
    args: fc.tuple(lossesOf, amount).map(([m, expansionMrr]) => [{ ...m, expansionMrr }]),
    names: [""],
    result: atLeast0,
  },
  npsBySegment: {
    args: fc.tuple(keyed(npsInput), options({ ...segmentOptions, method: fc.constantFrom("adjusted-wald", "wald") })),
    names: ["segments", "options"],
    open: keysOpen("segments"),
    result: rowsOrNone,
    runs: 100,
  },
  npsInterval: {
    args: fc.tuple(npsInput, options({ confidence: level, method: fc.constantFrom("adjusted-wald", "wald") })),
    names: [surveyName("scores"), "options"],
    roots: [["scores", ""]],
  },
  npsSampleSize: {
    args: fc
      .tuple(
        fc.double({ min: 1, max: 50, noNaN: true }),
        optional(level),
        optional(fc.tuple(percent, percent).filter(([p, d]) => p + d <= 100)),
        optional(fc.integer({ min: 1, max: 1_000_000 })),
      )
      .map(([marginOfError, confidence, shares, population]) => [
        clean({
          marginOfError,
          confidence,
          promoterPercent: shares?.[0],
          detractorPercent: shares?.[1],
          population,
        }),
      ]),
    names: [""],
    result: (v) => Number.isInteger(v) && (v as number) >= 0,
  },
  npsTrend: {
    args: fc.tuple(periodsOf(npsInput), options({ ...trendOptions, method: fc.constantFrom("adjusted-wald", "wald") })),
    names: ["periods", "options"],
    open: keysOpen("periods"),
    runs: 100,
  },
  paretoNbdExpectedPurchases: {
    args: fc.tuple(model(["r", "alpha", "s", "beta"]), history, periods),
    names: ["model", "customer", "options"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  paretoNbdNewCustomerPurchases: {
    args: fc.tuple(model(["r", "alpha", "s", "beta"]), periods),
    names: ["model", "options"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: atLeast0,
  },
  paretoNbdProbabilityAlive: {
    args: fc.tuple(model(["r", "alpha", "s", "beta"]), history),
    names: ["model", "customer"],
    open: (t) => t.length === 1 && t[0] === "model",
    result: probability,
  },
  proportionBySegment: {
    args: fc.tuple(
      keyed(successes),
      options({ ...segmentOptions, method: fc.constantFrom("wilson", "agresti-coull", "wald") }),
    ),
    names: ["segments", "options"],
    open: keysOpen("segments"),
    result: rowsOrNone,
    runs: 100,
  },
  proportionInterval: {
    args: fc.tuple(
      partOf.map(([successes, trials]) => ({ successes, trials })),
      options({ confidence: level, method: fc.constantFrom("wilson", "agresti-coull", "wald") }),
    ),
    names: ["", "options"],
  },
  proportionSampleSize: {
    args: fc
      .tuple(
        fc.double({ min: 1, max: 50, noNaN: true }),
        optional(level),
        optional(percent),
        optional(fc.integer({ min: 1, max: 1_000_000 })),
      )
      .map(([marginOfError, confidence, expectedPercent, population]) => [
        clean({ marginOfError, confidence, expectedPercent, population }),
      ]),
    names: [""],
    result: (v) => Number.isInteger(v) && (v as number) >= 0,
  },
  proportionTrend: {
    args: fc.tuple(
      periodsOf(successes),
      options({ ...trendOptions, method: fc.constantFrom("wilson", "agresti-coull", "wald") }),
    ),
    names: ["periods", "options"],
    open: keysOpen("periods"),
    runs: 100,
  },
  quickRatio: {
    args: fc
      .tuple(amount, amount, optional(amount), amount, amount)
      .map(([newMrr, expansionMrr, reactivationMrr, contractionMrr, churnedMrr]) => [
        clean({ newMrr, expansionMrr, reactivationMrr, contractionMrr, churnedMrr }),
      ]),
    names: [""],
    result: atLeast0,
  },
  rake: {
    args: rakeArgs,
    names: ["respondents", "targets", "options"],
    // A respondent is the caller's record (other fields are ignored); variables and categories are the caller's.
    open: (t) => (t[0] === "respondents" && t.length === 2) || (t[0] === "targets" && t.length <= 2),
    result: (v) =>
      v === undefined ||
      (typeof v === "object" && v !== null && (v as { weights: number[] }).weights.every((w) => w >= 0)),
    runs: 100,
  },
  ratingsFromText: {
    args: fc.array(cell, { maxLength: 8 }).map((cells) => [cells]),
    names: ["cells"],
    // A blank is documented as `""`, `null` or `undefined`, and a hole reads as `undefined`.
    valid: (t, v) => t.length === 2 && validCell(v),
    result: (v) => Array.isArray(v) && v.every((x) => x === null || Number.isFinite(x)),
  },
  referralRate: countRate("referredCustomers", "newCustomers"),
  renewalRate: countRate("renewed", "eligible"),
  repeatPurchaseRate: countRate("repeatCustomers", "customers"),
  responseRate: countRate("responses", "invitations"),
  retentionRate: {
    args: fc
      .tuple(count, count, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([customersAtStart, customersAtEnd, f]) => {
        const low = Math.max(0, customersAtEnd - customersAtStart);
        return [{ customersAtStart, customersAtEnd, newCustomers: low + Math.floor((customersAtEnd - low) * f) }];
      }),
    names: [""],
    result: inPercent,
  },
  revenueRetention: {
    args: fc.tuple(revenueRows, options({ period: fc.constant("month") })),
    names: ["rows", "options"],
    // Documented as "a string or a number".
    valid: (t, v) => t.length === 3 && t[2] === "customer" && (typeof v === "string" || typeof v === "number"),
  },
  rfmGroups: {
    args: transactions(false),
    names: ["transactions", "options"],
    open: (t) => (t[0] === "transactions" && isDate(t, "at")) || (t[0] === "options" && isDate(t, "observationEnd")),
    valid: (t, v) => (t.length === 3 && t[2] === "customer" && customerId(v)) || validDate(t, v),
    result: (v) => Array.isArray(v),
  },
  rfmSummary: {
    args: transactions(true),
    names: ["transactions", "options"],
    open: (t) =>
      (t[0] === "transactions" && isDate(t, "at")) ||
      (t[0] === "options" && (isDate(t, "observationEnd") || isDate(t, "calibrationEnd"))),
    valid: (t, v) => (t.length === 3 && t[2] === "customer" && customerId(v)) || validDate(t, v),
    result: (v) => Array.isArray(v),
  },
  sbgDel: {
    args: fc.tuple(sbgModel, record({ discountPercent: discount })),
    names: ["model", ""],
    result: atLeast0,
  },
  sbgDerl: {
    args: fc.tuple(sbgModel, record({ discountPercent: discount, renewals: fc.integer({ min: 0, max: 20 }) })),
    names: ["model", ""],
    result: atLeast0,
  },
  sbgLifetimeValue: {
    args: fc.tuple(
      sbgModel,
      record({
        marginPerPeriod: amount,
        discountPercent: discount,
        renewals: optional(fc.integer({ min: 0, max: 20 })),
      }),
    ),
    names: ["model", ""],
    result: atLeast0,
  },
  sbgProjection: {
    args: fc.tuple(sbgModel, record({ active: count, age: optional(ages), periods: ages })),
    names: ["model", ""],
    result: (v) => Array.isArray(v) && v.every(atLeast0),
  },
  sbgRetentionRate: {
    args: fc.tuple(sbgModel, record({ age: fc.integer({ min: 1, max: 1000 }) })),
    names: ["model", ""],
    result: inPercent,
  },
  sbgSurvival: {
    args: fc.tuple(sbgModel, record({ periods: ages })),
    names: ["model", ""],
    result: (v) => Array.isArray(v) && v.every(inPercent),
  },
  tally: {
    args: fc.tuple(
      fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 12 }),
      options({ scale: fc.constant({ min: 0, max: 10 }) }),
    ),
    names: ["ratings", "options"],
    result: isTally,
  },
  tallyFromRows: {
    args: fc.tuple(
      fc.array(record({ score: fc.integer({ min: 0, max: 10 }), count: fc.integer({ min: 0, max: 100 }) }), {
        maxLength: 5,
      }),
      options({ scale: fc.constant({ min: 0, max: 10 }) }),
    ),
    names: ["rows", "options"],
    // A row is the caller's own record: its other fields (columns of a query) are ignored.
    open: (t) => t.length === 2 && t[0] === "rows",
    // Counts may be bigint, as DuckDB and BigQuery clients return count(*).
    bigint: (t) => t.length === 3 && t[0] === "rows" && t[2] === "count",
    result: isTally,
  },
  trialConversionRate: countRate("trialsConverted", "trialsEnded"),
  weightedCsat: {
    args: fc.oneof(
      fc
        .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 6 })
        .chain((list) =>
          fc.tuple(
            fc.constant(list.map(([r]) => r)),
            record({
              weights: fc.constant(list.map(([, w]) => w)),
              confidence: optional(level),
              satisfiedAtLeast: optional(fc.integer({ min: 1, max: 5 })),
            }),
          ),
        ),
      fc.tuple(
        fc.array(
          record({ rating: fc.integer({ min: 1, max: 5 }), weight: fc.double({ min: 0, max: 10, noNaN: true }) }),
          { maxLength: 6 },
        ),
        options({ confidence: level, satisfiedAtLeast: fc.integer({ min: 1, max: 5 }) }),
      ),
    ),
    names: [(v) => (Array.isArray(v) && typeof v[0] === "number" ? "ratings" : "responses"), "options"],
    roots: [["ratings", "responses"]],
    result: (v) => v === undefined || inPercent((v as { percent: number }).percent),
  },
  weightedNps: {
    args: fc.oneof(
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 6 })
        .chain((list) =>
          fc.tuple(
            fc.constant(list.map(([s]) => s)),
            record({ weights: fc.constant(list.map(([, w]) => w)), confidence: optional(level) }),
          ),
        ),
      fc.tuple(
        fc.array(
          record({ score: fc.integer({ min: 0, max: 10 }), weight: fc.double({ min: 0, max: 10, noNaN: true }) }),
          { maxLength: 6 },
        ),
        options({ confidence: level }),
      ),
    ),
    names: [(v) => (Array.isArray(v) && typeof v[0] === "number" ? "scores" : "responses"), "options"],
    roots: [["scores", "responses"]],
  },
};
