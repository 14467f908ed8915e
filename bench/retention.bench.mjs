// fitSbg on 1,000 cohorts of 36 periods, and cohortRetention on 1,000,000 customers (time and
// memory). Run with `npm run bench` (it builds first), or `node --expose-gc bench/retention.bench.mjs`
// after `npm run build`. Targets (issue 15): the fit under 50 ms, the table under 1 s with memory
// that does not grow with the number of customers. Best of several rounds: the machine is shared.
import { cohortRetention, fitSbg } from "../dist/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** A fixed pseudo-random sequence (a linear congruential generator), the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** Cohorts of 36 periods from an sBG population: each customer's churn probability from a beta(0.7, 3.8). */
function sbgCohorts(count, periods) {
  const next = random(20261123);
  // Churn probabilities drawn once (a beta(0.7, 3.8) by inverse transform would need the
  // incomplete beta; a fixed mixture of three rates is enough for timing).
  const rates = [0.05, 0.15, 0.4];
  return Array.from({ length: count }, () => {
    const size = 500 + Math.floor(next() * 1500);
    const groups = rates.map((r, i) => [Math.floor((size * [0.5, 0.3, 0.2][i]) | 0), r]);
    const counts = [];
    for (let t = 0; t <= periods; t++) counts.push(groups.reduce((n, [g, r]) => n + Math.round(g * (1 - r) ** t), 0));
    return counts;
  });
}

function best(label, fn) {
  let min = Infinity;
  let result;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - t);
  }
  console.log(`${label.padEnd(58)} ${min.toFixed(1).padStart(8)} ms`);
  return result;
}

const cohorts = sbgCohorts(1000, 35); // 36 counts each: ages 0 to 35
const fit = best("fitSbg: 1,000 cohorts of 36 periods, one fit", () => fitSbg(cohorts));
console.log(
  `  alpha ${fit.alpha.toFixed(4)}, beta ${fit.beta.toFixed(4)}, ` +
    `converged ${fit.converged}, ${fit.iterations} iterations`,
);
best("fitSbg: 1,000 separate fits of one 36-period cohort", () => cohorts.map((c) => fitSbg(c)));

// 1,000,000 customers starting over four years, a third still active, as YYYY-MM-DD strings.
const N = 1_000_000;
const DAY = 86_400_000;
const base = Date.UTC(2022, 0, 1);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
function* customers(n) {
  const next = random(7);
  for (let i = 0; i < n; i++) {
    const start = base + Math.floor(next() * 1500) * DAY;
    const life = Math.floor(next() * 1100);
    yield life < 700
      ? { startedAt: iso(start), endedAt: iso(start + life * DAY) }
      : { startedAt: iso(start), endedAt: null };
  }
}
const rows = [...customers(N)];
const asOf = "2026-03-15";
const table = best("cohortRetention: 1,000,000 customers (array), by month", () => cohortRetention(rows, { asOf }));
console.log(`  ${table.cohorts.length} cohorts, ${table.cohorts.reduce((n, c) => n + c.active.length, 0)} cells`);
best("cohortRetention: 1,000,000 customers (array), by ISO week", () =>
  cohortRetention(rows, { asOf, period: "week" }),
);
rows.length = 0;

// Memory: the heap after building the table from a generator (no customer is kept), for
// 100,000 and for 1,000,000 customers; equal up to noise if memory does not grow with them.
function heapAfter(n) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const source = customers(n);
  const sampled = (function* () {
    let i = 0;
    for (const c of source) {
      if (++i % 50_000 === 0) {
        globalThis.gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      yield c;
    }
  })();
  const t = cohortRetention(sampled, { asOf });
  return { growth: (peak - before) / 2 ** 20, cohorts: t.cohorts.length };
}
if (globalThis.gc) {
  for (const n of [100_000, 1_000_000]) {
    const { growth } = heapAfter(n);
    console.log(
      `cohortRetention from a generator of ${n.toLocaleString("en")} customers: ` +
        `peak heap growth ${growth.toFixed(2)} MB`,
    );
  }
} else console.log("(run with --expose-gc for the memory figures)");
