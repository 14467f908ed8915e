// Shared by the bench/*.bench.mjs files that compare a cx-metrics call with a plain loop.
// Not a bench itself (bench/run.mjs runs only files named *.bench.mjs).
//
// Every case runs its library call and its loop alternately in the same process: a round times
// the loop once and the call once (the order swapped every round, so neither always runs on a
// warmer cache), and the figures are the median and the minimum over the rounds, in nanoseconds
// per item. The ratio is call / loop, of the minimums (the least disturbed run of each: noise on a
// shared machine only ever adds time) and of the medians. Heap growth is heapUsed right after one
// call minus heapUsed right before it, after a forced GC (run node with --expose-gc): what one
// call allocated and had not yet freed, the result included.
import { strict as assert } from "node:assert";
import { loadavg } from "node:os";

/** A seeded generator of floats in [0, 1) (mulberry32), so every run sees the same inputs. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from `values` with the given relative `weights`. */
export function picker(random, values, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let running = 0;
  for (const w of weights) {
    running += w / total;
    cumulative.push(running);
  }
  return () => {
    const u = random();
    for (let k = 0; k < values.length; k++) if (u < cumulative[k]) return values[k];
    return values[values.length - 1];
  };
}

/** Heap in use right after one call of `fn`, over what was in use before it (GC forced first). */
export function heapGrowth(fn) {
  globalThis.gc?.();
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  if (keep === Symbol.for("never")) console.log(keep); // keeps the result alive until measured
  return after - before;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times each case: `{ name, items, unit, target, call, loop, same? }`. `call` runs cx-metrics,
 * `loop` the plain loop; both must return equal values (`same(a, b)`, default deep equality),
 * which is asserted before any timing. `rounds` per case defaults to BENCH_ROUNDS (15).
 * Prints one table and returns its rows.
 */
export function compare(title, cases) {
  const rows = [];
  for (const c of cases) {
    const expected = c.loop();
    const got = c.call();
    if (c.same)
      assert.ok(
        c.same(got, expected),
        `${c.name}: cx-metrics gave ${JSON.stringify(got)}, the loop ${JSON.stringify(expected)}`,
      );
    else assert.deepEqual(got, expected, `${c.name}: cx-metrics and the loop disagree`);
    // Warm-up: both compiled before timing.
    for (let k = 0; k < 2; k++) {
      c.loop();
      c.call();
    }
    const heapCall = heapGrowth(c.call);
    const heapLoop = heapGrowth(c.loop);
    const rounds = c.rounds ?? ROUNDS;
    const times = { call: [], loop: [] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? ["call", "loop"] : ["loop", "call"];
      for (const which of order) {
        const t0 = process.hrtime.bigint();
        c[which]();
        times[which].push(Number(process.hrtime.bigint() - t0) / c.items);
      }
    }
    const row = {
      name: c.name,
      loopMin: Math.min(...times.loop),
      loopMedian: median(times.loop),
      callMin: Math.min(...times.call),
      callMedian: median(times.call),
      heapCall,
      heapLoop,
      target: c.target,
      unit: c.unit ?? "item",
    };
    row.ratioMin = row.callMin / row.loopMin;
    row.ratioMedian = row.callMedian / row.loopMedian;
    rows.push(row);
  }
  print(title, rows);
  return rows;
}

const fmtNs = (ns) => (ns >= 100 ? ns.toFixed(0) : ns >= 10 ? ns.toFixed(1) : ns.toFixed(2));
const fmtMb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function print(title, rows) {
  console.log(`\n${title} (Node ${process.version}, ${ROUNDS} rounds unless noted, load average ${loadAverage()})`);
  const head = [
    "case",
    "ns/item loop min/med",
    "cx-metrics min/med",
    "ratio min",
    "ratio med",
    "target",
    "heap: call",
    "loop",
  ];
  const widths = [52, 22, 20, 10, 10, 11, 12, 10];
  const line = (cells) =>
    cells.map((x, i) => (i === 0 ? String(x).padEnd(widths[i]) : String(x).padStart(widths[i]))).join("");
  console.log(line(head));
  for (const r of rows) {
    const ok = r.target === undefined ? "" : r.ratioMin <= r.target ? " ok" : " MISS";
    console.log(
      line([
        `${r.name} (per ${r.unit})`,
        `${fmtNs(r.loopMin)} / ${fmtNs(r.loopMedian)}`,
        `${fmtNs(r.callMin)} / ${fmtNs(r.callMedian)}`,
        `${r.ratioMin.toFixed(2)}x`,
        `${r.ratioMedian.toFixed(2)}x`,
        r.target === undefined ? "-" : `${r.target}x${ok}`,
        fmtMb(r.heapCall),
        fmtMb(r.heapLoop),
      ]),
    );
  }
}

function loadAverage() {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
}
