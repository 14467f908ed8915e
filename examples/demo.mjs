// The library at work on the sample data in examples/data/. Run it with `npm run demo`,
// which builds the package first; it is imported by its own name, as an app would.
import { readFileSync } from "node:fs";
import {
  acquisitionRate,
  averageOrderValue,
  ces,
  churnRate,
  clv,
  cohortRetention,
  compareNps,
  computeNps,
  crc,
  csat,
  customerGrowthRate,
  customerNetChange,
  expansionMrr,
  fcr,
  fitSbg,
  grossMrrChurnRate,
  grossRevenueRetention,
  healthBand,
  healthScore,
  mrr,
  mrrByCustomer,
  mrrMovements,
  netMrrChurnRate,
  netRevenueRetention,
  npsInterval,
  npsSampleSize,
  proportionInterval,
  quickRatio,
  referralRate,
  renewalRate,
  repeatPurchaseRate,
  responseRate,
  retentionRate,
  sbgLifetimeValue,
  sbgProjection,
} from "cx-metrics";
import { printTable } from "./table.mjs";

const data = new URL("./data/", import.meta.url);

/** Reads a small CSV with a header line into objects (the sample data has no quoted fields). */
function readCsv(name) {
  const [header, ...lines] = readFileSync(new URL(name, data), "utf8").trim().split("\n");
  const keys = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [keys[i], v])));
}

const fmt = (x, digits = 1) => (x === undefined ? "n/a" : x.toFixed(digits));

// Survey metrics, per month and overall.
const responses = readCsv("survey-responses.csv");
const invitations = new Map(readCsv("survey-invitations.csv").map((r) => [r.month, Number(r.invitations)]));
const periods = [...[...new Set(responses.map((r) => r.month))].sort(), "all"];
const subset = (period) => (period === "all" ? responses : responses.filter((r) => r.month === period));
const column = (rows, key) => rows.map((r) => Number(r[key]));
const sent = (period) =>
  period === "all" ? [...invitations.values()].reduce((a, b) => a + b, 0) : invitations.get(period);

const nps = periods.map((p) => computeNps(column(subset(p), "nps_score")));
const effort = periods.map((p) => ces(column(subset(p), "ces_rating")));

console.log(`Survey metrics from examples/data/survey-responses.csv (${responses.length} responses)\n`);
printTable(
  ["metric", ...periods],
  [
    ["responses", ...periods.map((p) => subset(p).length)],
    [
      "response rate %",
      ...periods.map((p) => fmt(responseRate({ responses: subset(p).length, invitations: sent(p) }))),
    ],
    ["NPS (points, -100..100)", ...nps.map((r) => fmt(r?.score))],
    ["  promoters % (9-10)", ...nps.map((r) => fmt(r?.promoterPercent))],
    ["  passives % (7-8)", ...nps.map((r) => fmt(r?.passivePercent))],
    ["  detractors % (0-6)", ...nps.map((r) => fmt(r?.detractorPercent))],
    ["CSAT % (4-5 on 1-5)", ...periods.map((p) => fmt(csat(column(subset(p), "csat_rating"))))],
    ["CES mean (1-7, higher = easier)", ...effort.map((r) => fmt(r?.mean, 2))],
    ["CES easy % (5-7 on 1-7)", ...effort.map((r) => fmt(r?.easyPercent))],
  ],
);

// How sure are these numbers? NPS with its 95 % interval, and the month-on-month change.
console.log("NPS with 95 % intervals (adjusted Wald), and the change between months\n");
const intervals = periods.map((p) => npsInterval(column(subset(p), "nps_score")));
const satisfied = (p) => column(subset(p), "csat_rating").filter((r) => r >= 4).length;
printTable(
  ["metric", ...periods],
  [
    ["NPS (points)", ...intervals.map((r) => fmt(r?.score))],
    ["  95 % interval", ...intervals.map((r) => (r ? `${fmt(r.lower)} to ${fmt(r.upper)}` : "n/a"))],
    ["  margin of error (points)", ...intervals.map((r) => fmt(r?.marginOfError))],
    [
      "CSAT % 95 % interval (Wilson)",
      ...periods.map((p) => {
        const r = proportionInterval({ successes: satisfied(p), trials: subset(p).length });
        return r ? `${fmt(r.lower)} to ${fmt(r.upper)}` : "n/a";
      }),
    ],
  ],
);
const changes = [];
for (let i = 1; i < periods.length - 1; i++) {
  const c = compareNps(column(subset(periods[i - 1]), "nps_score"), column(subset(periods[i]), "nps_score"));
  changes.push([
    `${periods[i - 1]} -> ${periods[i]}`,
    fmt(c.difference),
    `${fmt(c.lower)} to ${fmt(c.upper)}`,
    c.pValue.toFixed(3),
    c.pValue < 0.05 ? "yes" : "no (could be chance)",
  ]);
}
printTable(["NPS change", "points", "95 % interval", "p-value", "real at 5 %?"], changes);
console.log(
  `Responses needed for NPS within +/-10 points at 95 %: ${npsSampleSize({ marginOfError: 10 })} (worst case), ` +
    `${npsSampleSize({ marginOfError: 10, promoterPercent: 100 / 3, detractorPercent: 100 / 3 })} (a third each)\n`,
);

// Customer-base metrics, per month.
const base = readCsv("customers.csv").map((r) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "month" ? v : Number(v)])),
);
console.log("Customer metrics from examples/data/customers.csv\n");
printTable(
  ["metric", ...base.map((r) => r.month)],
  [
    [
      "churn rate %",
      ...base.map((r) => fmt(churnRate({ customersAtStart: r.customers_at_start, customersLost: r.customers_lost }))),
    ],
    [
      "retention rate %",
      ...base.map((r) =>
        fmt(
          retentionRate({
            customersAtStart: r.customers_at_start,
            customersAtEnd: r.customers_at_end,
            newCustomers: r.new_customers,
          }),
        ),
      ),
    ],
    [
      "acquisition rate %",
      ...base.map((r) =>
        fmt(acquisitionRate({ customersAtStart: r.customers_at_start, newCustomers: r.new_customers })),
      ),
    ],
    [
      "customer growth %",
      ...base.map((r) =>
        fmt(customerGrowthRate({ customersAtStart: r.customers_at_start, customersAtEnd: r.customers_at_end })),
      ),
    ],
    [
      "net change (new - lost)",
      ...base.map(
        (r) => customerNetChange({ newCustomers: r.new_customers, customersLost: r.customers_lost }).netChange,
      ),
    ],
    [
      "lost per 100 new",
      ...base.map((r) =>
        fmt(customerNetChange({ newCustomers: r.new_customers, customersLost: r.customers_lost }).lostPerHundredNew),
      ),
    ],
    ["renewal rate %", ...base.map((r) => fmt(renewalRate({ renewed: r.renewed, eligible: r.renewals_eligible })))],
    [
      "repeat purchase rate %",
      ...base.map((r) =>
        fmt(repeatPurchaseRate({ repeatCustomers: r.repeat_customers, customers: r.buying_customers })),
      ),
    ],
    [
      "referral rate % of new",
      ...base.map((r) => fmt(referralRate({ referredCustomers: r.referred_customers, newCustomers: r.new_customers }))),
    ],
    ["average order value", ...base.map((r) => fmt(averageOrderValue({ revenue: r.revenue, orders: r.orders }), 2))],
    [
      "retention cost per customer",
      ...base.map((r) => fmt(crc({ retentionCosts: r.retention_costs, customers: r.customers_at_start }), 2)),
    ],
  ],
);

// Revenue: MRR from subscriptions at month-ends, expansion between the last two, and CLV.
const subscriptionRows = readCsv("subscriptions.csv");
const subscriptionsAt = (month) =>
  subscriptionRows
    .filter((r) => r.snapshot === month)
    .map((r) => ({
      customer: r.customer_id,
      amount: Number(r.amount),
      interval: r.interval,
      intervalCount: Number(r.interval_count),
      quantity: Number(r.quantity),
      discountPercent: Number(r.discount_percent),
    }));
const snapshotOf = (month) => {
  const subs = subscriptionsAt(month);
  return { total: mrr(subs), byCustomer: mrrByCustomer(subs), customers: subs.length };
};
const october = snapshotOf("2026-10");
const november = snapshotOf("2026-11");
// Former customers: paying in an earlier snapshot, gone by October.
const formerCustomers = new Set(
  subscriptionRows
    .filter((r) => r.snapshot < "2026-10" && !october.byCustomer.has(r.customer_id))
    .map((r) => r.customer_id),
);
const arpa = november.total / november.customers;
const monthlyChurn = churnRate({ customersAtStart: base[2].customers_at_start, customersLost: base[2].customers_lost });
console.log("Revenue metrics from examples/data/subscriptions.csv\n");
printTable(
  ["metric", "value"],
  [
    ["MRR at 2026-10", fmt(october.total, 2)],
    ["MRR at 2026-11", fmt(november.total, 2)],
    ["expansion MRR in 2026-11", fmt(expansionMrr({ previous: october.byCustomer, current: november.byCustomer }), 2)],
    ["ARPA at 2026-11", fmt(arpa, 2)],
    [
      `CLV (ARPA x 80 % margin / ${fmt(monthlyChurn, 2)} % churn)`,
      fmt(clv({ averageRevenuePerAccount: arpa, grossMarginPercent: 80, churnPercent: monthlyChurn }), 2),
    ],
    [
      "CLV (margin 40 a month, 95 % retention, 1 % discount)",
      fmt(clv({ marginPerPeriod: 40, retentionPercent: 95, discountPercent: 1 }), 2),
    ],
  ],
);

// Where November's MRR came from and where it went. C061 to C066 joined in November; C061 paid
// in the 2025-11 snapshot, so its return is a reactivation, not new.
const movements = mrrMovements({ previous: october.byCustomer, current: november.byCustomer, formerCustomers });
console.log("MRR movements, 2026-10 to 2026-11\n");
printTable(
  ["movement", "amount"],
  [
    ["starting MRR", fmt(movements.startingMrr, 2)],
    ["+ new", fmt(movements.newMrr, 2)],
    ["+ expansion", fmt(movements.expansionMrr, 2)],
    ["+ reactivation", fmt(movements.reactivationMrr, 2)],
    ["- contraction", fmt(movements.contractionMrr, 2)],
    ["- churned", fmt(movements.churnedMrr, 2)],
    ["= ending MRR", fmt(movements.endingMrr, 2)],
    ["net new MRR", fmt(movements.netNewMrr, 2)],
    ["gross MRR churn %", fmt(grossMrrChurnRate(movements))],
    ["net MRR churn %", fmt(netMrrChurnRate(movements))],
    ["net revenue retention %", fmt(netRevenueRetention(movements))],
    ["gross revenue retention %", fmt(grossRevenueRetention(movements))],
    ["quick ratio", fmt(quickRatio(movements), 2)],
  ],
);

// Support: first contact resolution, gross and net.
const tickets = readCsv("tickets.csv").map((r) => ({
  month: r.month,
  tickets: Number(r.tickets),
  resolved: Number(r.resolved_first_contact),
  excluded: Number(r.excluded_tickets),
}));
console.log("Support metrics from examples/data/tickets.csv\n");
printTable(
  ["metric", ...tickets.map((t) => t.month)],
  [
    ["FCR % (gross)", ...tickets.map((t) => fmt(fcr({ resolvedOnFirstContact: t.resolved, tickets: t.tickets })))],
    [
      "FCR % (net of exclusions)",
      ...tickets.map((t) =>
        fmt(fcr({ resolvedOnFirstContact: t.resolved, tickets: t.tickets, excludedTickets: t.excluded })),
      ),
    ],
  ],
);

// Health: a weighted score per account from four signals on their own scales.
console.log("Customer health from examples/data/health.csv (weights 3, 2, 2, 1)\n");
printTable(
  ["account", "score", "band"],
  readCsv("health.csv").map((a) => {
    const score = healthScore([
      { value: Number(a.logins_per_month), weight: 3, min: 0, max: 20 },
      { value: Number(a.outcome_change_percent), weight: 2, min: -10, max: 30 },
      { value: Number(a.features_used), weight: 2, min: 0, max: 8 },
      { value: Number(a.days_since_contact), weight: 1, min: 7, max: 60, higherIsBetter: false },
    ]);
    return [a.account, fmt(score), healthBand(score)];
  }),
);

// Subscription cohorts: who is still active, month by month, and what the sBG model projects.
const subscribers = readCsv("subscription-customers.csv").map((r) => ({
  startedAt: r.started_on,
  endedAt: r.ended_on || null,
}));
const cohorts = cohortRetention(subscribers, { asOf: "2026-11-01" });
const ages = [0, 1, 2, 3, 6, 12];
const recent = cohorts.cohorts.filter((c) => c.active.length > 1).slice(-8);
console.log(
  `Cohort retention from examples/data/subscription-customers.csv ` +
    `(${subscribers.length} customers, % active, as of ${cohorts.asOf})\n`,
);
printTable(
  ["cohort", "size", ...ages.map((a) => `m${a}`)],
  [
    ...recent.map((c) => [
      c.label,
      c.size,
      ...ages.map((a) => (a < c.active.length ? fmt(c.retainedPercent[a], 0) : "")),
    ]),
    ["average", cohorts.average.customers[0], ...ages.map((a) => fmt(cohorts.average.retainedPercent[a], 0))],
  ],
);
const sbg = fitSbg(cohorts);
const youngest = recent.at(-1);
const projected = sbgProjection(sbg, { active: youngest.active.at(-1), age: youngest.active.length - 1, periods: 6 });
console.log("sBG model fitted to every cohort (Fader and Hardie 2007)\n");
printTable(
  ["measure", "value"],
  [
    ["sBG alpha (standard error)", `${fmt(sbg.alpha, 3)} (${fmt(sbg.standardErrors?.alpha, 3)})`],
    ["sBG beta (standard error)", `${fmt(sbg.beta, 3)} (${fmt(sbg.standardErrors?.beta, 3)})`],
    [
      `projected active in cohort ${youngest.label}, next 6 months`,
      projected
        .slice(1)
        .map((n) => n.toFixed(0))
        .join(" "),
    ],
    [
      "value of a new subscriber (margin 40/month, 1 % discount)",
      fmt(sbgLifetimeValue(sbg, { marginPerPeriod: 40, discountPercent: 1 }), 2),
    ],
    [
      "value after 12 renewals",
      fmt(sbgLifetimeValue(sbg, { marginPerPeriod: 40, discountPercent: 1, renewals: 12 }), 2),
    ],
  ],
);
