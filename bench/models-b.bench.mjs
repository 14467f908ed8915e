// One million simulated customers drawn from the BG/NBD fitted to CDNOW (Fader, Hardie and Lee
// 2005: r = 0.243, α = 4.414 per week, a = 0.793, b = 2.426), with a seeded generator: their
// transaction log is streamed (a generator, never an array) into rfmGroups, and fitBgNbd fits the
// groups. Issue #16's target: summarised and fitted in under 2 s, with memory that does not grow
// with the number of transactions beyond the summary.
//
// Memory: the same one million customers are streamed twice, the second time buying three times
// as often (α / 3); the heap kept by the summary is printed for both, so growth with the number
// of transactions would show.
//
// Run: npm run build && node --expose-gc bench/models-b.bench.mjs  (CUSTOMERS sets the number, default 1,000,000)
import { fitBgNbd, rfmGroups } from "../dist/index.js";

const CUSTOMERS = Number(process.env.CUSTOMERS ?? 1_000_000);
const MODEL = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const DAY = 86_400_000;
const START = Date.UTC(1997, 0, 1);
const END_DAY = 272; // 1997-09-30, the CDNOW calibration end
const OPTIONS = { observationEnd: "1997-09-30", unit: "week" };

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function uniforms(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
function normal(u) {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** A Gamma(shape, 1) draw: Marsaglia and Tsang (2000), boosted for shape < 1. */
function gamma(u, shape) {
  if (shape < 1) return gamma(u, shape + 1) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x;
    let v;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x ** 4 || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * The transaction log of `customers` BG/NBD customers, customer by customer in date order: a first
 * purchase on a day of the first quarter of 1997, then purchases at rate λ ~ Gamma(r, α) per week
 * until a drop-out after a purchase with probability p ~ Beta(a, b), up to 1997-09-30.
 */
function* transactions(customers, model, seed) {
  const u = uniforms(seed);
  for (let id = 0; id < customers; id++) {
    const first = Math.floor(u() * 90);
    const lambda = gamma(u, model.r) / model.alpha;
    const x = gamma(u, model.a);
    const p = x / (x + gamma(u, model.b));
    yield { customer: id, at: new Date(START + first * DAY) };
    let weeks = 0;
    for (;;) {
      weeks += -Math.log(1 - u()) / lambda;
      const day = first + Math.floor(weeks * 7);
      if (day > END_DAY) break;
      yield { customer: id, at: new Date(START + day * DAY) };
      if (u() < p) break;
    }
  }
}

/** `source`, passed through, with the live heap (after a full GC) sampled every 500,000 items. */
function* sampled(source, samples) {
  let n = 0;
  for (const item of source) {
    if (++n % 500_000 === 0) samples.push(heapMb());
    yield item;
  }
}

function heapMb() {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6; // typed arrays live outside the JS heap
}

/** Milliseconds of CPU time (user + system) this process has used: less sensitive than the
 * wall clock to other processes sharing the machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function run(label, model) {
  // The generator alone, drained, to separate simulation from summary.
  let count = 0;
  let start = performance.now();
  let cpu = cpuMs();
  for (const _ of transactions(CUSTOMERS, model, 20261129)) count++;
  const simulate = performance.now() - start;
  const simulateCpu = cpuMs() - cpu;

  const before = heapMb();
  start = performance.now();
  cpu = cpuMs();
  const groups = rfmGroups(transactions(CUSTOMERS, model, 20261129), OPTIONS);
  const summarise = performance.now() - start;
  const summariseCpu = cpuMs() - cpu;
  const after = heapMb();
  // Again, with the live heap sampled while the summary is being built (not timed: the GCs are slow).
  const samples = [];
  rfmGroups(sampled(transactions(CUSTOMERS, model, 20261129), samples), OPTIONS);
  const peak = Math.max(...samples) - before;
  start = performance.now();
  cpu = cpuMs();
  const fit = fitBgNbd(groups);
  const fitting = performance.now() - start;
  const fittingCpu = cpuMs() - cpu;
  console.log(
    `${label}: ${CUSTOMERS.toLocaleString("en-US")} customers, ${count.toLocaleString("en-US")} transactions, ` +
      `${groups.length.toLocaleString("en-US")} groups\n` +
      `  simulate alone ${simulate.toFixed(0)} ms; simulate + rfmGroups ${summarise.toFixed(0)} ms ` +
      `(summary alone about ${(summarise - simulate).toFixed(0)} ms); fitBgNbd ${fitting.toFixed(0)} ms ` +
      `(${fit.iterations} iterations, converged ${fit.converged})\n` +
      `  summary + fit: ${(summarise - simulate + fitting).toFixed(0)} ms without the simulation, ` +
      `${(summarise + fitting).toFixed(0)} ms with it (target < 2000 ms)\n` +
      `  CPU time: simulate ${simulateCpu.toFixed(0)} ms, simulate + rfmGroups ${summariseCpu.toFixed(0)} ms, ` +
      `fitBgNbd ${fittingCpu.toFixed(0)} ms; summary + fit without the simulation ` +
      `${(summariseCpu - simulateCpu + fittingCpu).toFixed(0)} ms\n` +
      `  live memory (heap + array buffers) while summarising: up to ${peak.toFixed(1)} MB above the start ` +
      `(${samples.length} samples); ` +
      `kept after it (the groups): ${(after - before).toFixed(1)} MB` +
      `\n  fitted r = ${fit.r.toFixed(3)}, alpha = ${fit.alpha.toFixed(3)}, ` +
      `a = ${fit.a.toFixed(3)}, b = ${fit.b.toFixed(3)}`,
  );
  return groups;
}

if (!globalThis.gc) console.log("(run with node --expose-gc for the heap figures)");
console.log(
  `load average ${(await import("node:os"))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${(await import("node:os")).cpus().length} cores`,
);
run("CDNOW's BG/NBD", MODEL);
run("three times the purchase rate", { ...MODEL, alpha: MODEL.alpha / 3 });
