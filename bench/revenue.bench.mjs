// mrr on 1,000,000 subscriptions and mrrMovements on 1,000,000 customers (as Maps and as plain
// objects), each beside the fastest plain loop that computes the same totals (with the same
// compensated sums, so the values agree to the last bit) and validates nothing.
// Run with `npm run bench` (all benches) or `npm run build && node --expose-gc bench/revenue.bench.mjs`.
import { mrr, mrrMovements } from "../dist/index.js";
import { compare, picker, seeded } from "./harness.mjs";

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

const random = seeded(14);
const id = (k) => `cus_${(k * 2654435761) % 4294967296}`.padEnd(18, "x");

// A realistic mix: mostly monthly plans, then yearly, some quarterly or billed every 6 months,
// a few weekly and daily; prices with cents; seats on a third of them, discounts on a fifth.
const interval = picker(random, ["month", "year", "quarter", "week", "day"], [60, 25, 9, 4, 2]);
const price = picker(random, [9, 19.99, 29, 49.5, 99, 199.99, 499, 1200], [10, 20, 20, 15, 15, 10, 7, 3]);
const subscriptions = [];
for (let k = 0; k < SUBSCRIPTIONS; k++) {
  const s = { amount: price(), interval: interval(), customer: id(k) };
  if (random() < 0.33) s.quantity = 1 + Math.floor(random() * 40);
  if (random() < 0.2) s.discountPercent = [10, 15, 20, 25][Math.floor(random() * 4)];
  if (s.interval === "month" && random() < 0.1) s.intervalCount = 6;
  subscriptions.push(s);
}

// Two snapshots of per-customer MRR: 8 % of the customers churned, 6 % are new, 1 % are former
// customers reactivated, 2 % were at 0 (a free plan) before, and of those who stay 10 % expand
// and 5 % contract.
const previousMap = new Map();
const currentMap = new Map();
const formerCustomers = new Set();
for (let k = 0; k < CUSTOMERS; k++) {
  const amount = Math.round(price() * (1 + Math.floor(random() * 10)) * 100) / 100;
  const u = random();
  if (u < 0.08) previousMap.set(id(k), amount);
  else if (u < 0.14) currentMap.set(id(k), amount);
  else if (u < 0.15) {
    formerCustomers.add(id(k));
    currentMap.set(id(k), amount);
  } else if (u < 0.17) {
    previousMap.set(id(k), 0);
    currentMap.set(id(k), amount);
  } else {
    previousMap.set(id(k), amount);
    const v = random();
    currentMap.set(id(k), v < 0.1 ? amount * 2 : v < 0.15 ? Math.round(amount * 50) / 100 : amount);
  }
}
const previousObject = Object.fromEntries(previousMap);
const currentObject = Object.fromEntries(currentMap);

/** Neumaier's compensated sum over slots of a Float64Array (sum at 2k, error at 2k+1), as the library sums money. */
function add(acc, k, x) {
  const sum = acc[2 * k];
  const t = sum + x;
  acc[2 * k + 1] += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
  acc[2 * k] = t;
}
const total = (acc, k) => acc[2 * k] + acc[2 * k + 1] + 0;

const PER_YEAR = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };

function mrrLoop(items) {
  const acc = new Float64Array(2);
  for (let i = 0; i < items.length; i++) {
    const s = items[i];
    const monthly =
      (s.amount * (s.quantity ?? 1) * (100 - (s.discountPercent ?? 0)) * PER_YEAR[s.interval]) /
      (1200 * (s.intervalCount ?? 1));
    add(acc, 0, monthly);
  }
  return total(acc, 0);
}

const STARTING = 0;
const ENDING = 1;
const NEW = 2;
const EXPANSION = 3;
const CONTRACTION = 4;
const CHURN = 5;
const REACTIVATION = 6;

function movementsResult(acc) {
  const m = {
    startingMrr: total(acc, STARTING),
    endingMrr: total(acc, ENDING),
    newMrr: total(acc, NEW),
    expansionMrr: total(acc, EXPANSION),
    contractionMrr: total(acc, CONTRACTION),
    churnedMrr: total(acc, CHURN),
    reactivationMrr: total(acc, REACTIVATION),
  };
  return { ...m, netNewMrr: m.newMrr + m.expansionMrr + m.reactivationMrr - m.contractionMrr - m.churnedMrr };
}

/** The change of one customer, summed into its total (the library's classification). */
function classify(acc, before, after, former) {
  if (before > 0 && after === 0) add(acc, CHURN, before);
  else if (before === 0 && after > 0) add(acc, former ? REACTIVATION : NEW, after);
  else if (after > before && before > 0) add(acc, EXPANSION, after - before);
  else if (after < before && after > 0) add(acc, CONTRACTION, before - after);
}

function movementsLoopMap(previous, current, former) {
  const acc = new Float64Array(14);
  previous.forEach((before, id) => {
    add(acc, STARTING, before);
    if (!current.has(id)) add(acc, CHURN, before);
  });
  current.forEach((after, id) => {
    add(acc, ENDING, after);
    classify(acc, previous.get(id) ?? 0, after, former.has(id));
  });
  return movementsResult(acc);
}

function movementsLoopObject(previous, current, former) {
  const acc = new Float64Array(14);
  for (const id in previous) {
    const before = previous[id];
    add(acc, STARTING, before);
    if (!Object.hasOwn(current, id)) add(acc, CHURN, before);
  }
  for (const id in current) {
    const after = current[id];
    add(acc, ENDING, after);
    classify(acc, Object.hasOwn(previous, id) ? previous[id] : 0, after, former.has(id));
  }
  return movementsResult(acc);
}

compare(
  `Revenue, ${SUBSCRIPTIONS.toLocaleString("en")} subscriptions and ` +
    `${CUSTOMERS.toLocaleString("en")} customers per call`,
  [
    {
      name: "mrr, subscription objects",
      items: SUBSCRIPTIONS,
      unit: "subscription",
      target: 1.5,
      rounds: ROUNDS,
      call: () => mrr(subscriptions),
      loop: () => mrrLoop(subscriptions),
    },
    {
      name: "mrrMovements, Map snapshots",
      items: CUSTOMERS,
      unit: "customer",
      target: 1.5,
      rounds: ROUNDS,
      call: () => mrrMovements({ previous: previousMap, current: currentMap, formerCustomers }),
      loop: () => movementsLoopMap(previousMap, currentMap, formerCustomers),
    },
    {
      name: "mrrMovements, object snapshots",
      items: CUSTOMERS,
      unit: "customer",
      target: 1.5,
      rounds: ROUNDS,
      call: () => mrrMovements({ previous: previousObject, current: currentObject, formerCustomers }),
      loop: () => movementsLoopObject(previousObject, currentObject, formerCustomers),
    },
  ],
);
