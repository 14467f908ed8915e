// Computes one value of every metric family with whatever copy of the library it is given, so
// that Node and a browser can be compared value for value. Used by examples/browser/*.html and by
// test/package/browser.test.ts.
export function computeAll(lib) {
  const scores = [10, 9, 9, 8, 7, 6, 3, 0, 10, 9];
  let error;
  try {
    lib.computeNps([10, 11]);
  } catch (e) {
    error = { isCxMetricsError: e instanceof lib.CxMetricsError, code: e.code, field: e.field, message: e.message };
  }
  const movements = lib.mrrMovements({
    previous: { a: 5000, b: 3000, c: 2000 },
    current: { a: 5900, b: 2700, d: 1200, e: 100 },
    formerCustomers: ["e"],
  });
  return {
    survey: {
      nps: lib.computeNps(scores),
      npsBytes: lib.computeNps(new Uint8Array(scores)),
      csat: lib.csat([5, 4, 3, 2, 1]),
      ces: lib.ces([7, 6, 5, 4, 1]),
      responseRate: lib.responseRate({ responses: 3000, invitations: 30000 }),
    },
    customers: {
      churn: lib.churnRate({ customersAtStart: 1000, customersLost: 300 }),
      retention: lib.retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 }),
      renewal: lib.renewalRate({ renewed: 24, eligible: 75 }),
      netChange: lib.customerNetChange({ newCustomers: 120, customersLost: 150 }),
    },
    revenue: {
      mrr: lib.mrr([
        { amount: 30, interval: "month" },
        { amount: 1200, interval: "year" },
        { amount: 0.1, interval: "week", quantity: 3, discountPercent: 12.5 },
      ]),
      expansion: lib.expansionMrr({ previous: { a: 100, b: 50 }, current: { a: 150, b: 30 } }),
      clv: lib.clv({ marginPerPeriod: 100, retentionPercent: 80, discountPercent: 10 }),
      crc: lib.crc({ retentionCosts: 45000, customers: 301 }),
      movements,
      nrr: lib.netRevenueRetention(movements),
      quickRatio: lib.quickRatio(movements),
    },
    support: { fcr: lib.fcr({ resolvedOnFirstContact: 720, tickets: 1000, excludedTickets: 100 }) },
    health: {
      score: lib.healthScore([
        { value: 12, weight: 3, min: 0, max: 20 },
        { value: 10, weight: 1, min: 0, max: 30, higherIsBetter: false },
      ]),
      band: lib.healthBand(55),
    },
    statistics: {
      npsInterval: lib.npsInterval(scores),
      compare: lib.compareNps(scores, [10, 10, 9, 6]),
      wilson: lib.proportionInterval({ successes: 81, trials: 263 }),
      sampleSize: lib.npsSampleSize({ marginOfError: 5, population: 500 }),
    },
    tallies: {
      merged: lib.mergeTallies([lib.tally(scores), lib.tallyFromRows([{ score: 10, count: 5n }])]),
    },
    error,
  };
}
