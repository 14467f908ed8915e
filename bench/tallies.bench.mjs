// tally on 10,000,000 scores, mergeTallies on 100,000 tallies, and streaming NPS over 10,000,000
// scores in chunks of 10,000 (the pattern of examples/stream-nps.mjs, and the faster one the
// docs now show), each beside the fastest plain loop that computes the same result and validates
// nothing. Run with `npm run bench` or `npm run build && node --expose-gc bench/tallies.bench.mjs`.
import { computeNps, mergeTallies, tally } from "../dist/index.js";
import { compare, picker, seeded } from "./harness.mjs";

const N = Number(process.env.BENCH_RATINGS ?? 10_000_000);
const TALLIES = Number(process.env.BENCH_TALLIES ?? 100_000);
const CHUNK = 10_000;

const draw = picker(seeded(5), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 1, 2, 2, 4, 6, 10, 16, 22, 34]);
const scores = Array.from({ length: N }, draw);
const chunks = [];
for (let i = 0; i < N; i += CHUNK) chunks.push(scores.slice(i, i + CHUNK));

// Tallies as a warehouse returns them: one per segment and day, counts of a few to a few hundred.
const random = seeded(6);
const shards = Array.from({ length: TALLIES }, () => ({
  min: 0,
  max: 10,
  counts: Array.from({ length: 11 }, (_, k) => Math.floor(random() * 40 * (k + 1))),
}));

function tallyLoop(s) {
  const counts = new Array(11).fill(0);
  for (let i = 0; i < s.length; i++) counts[s[i]]++;
  return { min: 0, max: 10, counts };
}

function mergeLoop(tallies) {
  const counts = new Array(11).fill(0);
  for (let t = 0; t < tallies.length; t++) {
    const c = tallies[t].counts;
    for (let k = 0; k < 11; k++) counts[k] += c[k];
  }
  return { min: 0, max: 10, counts };
}

/**
 * The floor for mergeTallies: every check it makes, written inline with no error naming and no
 * iterable protocol (arrays only). Each tally an object whose own keys are only min, max and
 * counts; min and max those of the first tally (whole numbers, max above min); counts an array of
 * one whole number from 0 to 2^53 - 1 a rating; the running total within that bound too. What
 * this costs over mergeLoop is what the checks themselves cost, before any library structure.
 */
function mergeChecked(tallies) {
  const MAX = Number.MAX_SAFE_INTEGER;
  const bad = (what) => {
    throw new Error(`bad tally: ${what}`);
  };
  const first = tallies[0];
  if (!Number.isInteger(first?.min) || !Number.isInteger(first.max) || first.max <= first.min) bad("scale");
  const { min: lo, max: hi } = first;
  const counts = new Array(hi - lo + 1).fill(0);
  let total = 0;
  for (let t = 0; t < tallies.length; t++) {
    const tally = tallies[t];
    if (typeof tally !== "object" || tally === null || Array.isArray(tally)) bad("not a record");
    for (const key in tally) {
      if (key !== "min" && key !== "max" && key !== "counts" && Object.hasOwn(tally, key)) bad("unknown field");
    }
    const { min, max, counts: c } = tally;
    if (min !== lo || max !== hi) bad("scale");
    if (!Array.isArray(c) || c.length !== counts.length) bad("counts");
    for (let k = 0; k < counts.length; k++) {
      const count = c[k];
      const isCount =
        typeof count === "number" && (count >>> 0 === count || (Number.isInteger(count) && count >= 0 && count <= MAX));
      if (!isCount) bad("count");
      counts[k] += count;
      total += count;
    }
    if (total > MAX) bad("total");
  }
  return { min: lo, max: hi, counts };
}

const npsFields = (r) => ({ score: r.score, promoters: r.promoters, passives: r.passives, detractors: r.detractors });

/** Running counters over the chunks: what any streaming pattern should cost. */
function streamLoop() {
  let p = 0;
  let d = 0;
  let n = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const s = chunk[i];
      p += s >= 9;
      d += s <= 6;
    }
    n += chunk.length;
  }
  return { score: (100 * (p - d)) / n, promoters: p, passives: n - p - d, detractors: d };
}

/** examples/stream-nps.mjs: tally each chunk and merge it into the running tally. */
function streamTallies() {
  let total = { min: 0, max: 10, counts: new Array(11).fill(0) };
  for (const chunk of chunks) total = mergeTallies([total, tally(chunk)]);
  return npsFields(computeNps(total));
}

/** computeNps on each chunk, its counts added to running totals (docs/warehouse.md, "Streaming"). */
function streamCounts() {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const chunk of chunks) {
    const r = computeNps(chunk);
    promoters += r.promoters;
    passives += r.passives;
    detractors += r.detractors;
  }
  return npsFields(computeNps({ promoters, passives, detractors }));
}

compare(`Tallies and streaming, ${N.toLocaleString("en")} scores, ${TALLIES.toLocaleString("en")} tallies`, [
  {
    name: "tally, number[]",
    items: N,
    unit: "score",
    target: 1.5,
    call: () => tally(scores),
    loop: () => tallyLoop(scores),
  },
  {
    name: "mergeTallies",
    items: TALLIES,
    unit: "tally",
    target: 1.5,
    call: () => mergeTallies(shards),
    loop: () => mergeLoop(shards),
  },
  {
    // Not cx-metrics: the floor its checks set (no target; see mergeChecked).
    name: "floor: mergeTallies' checks inline, no library",
    items: TALLIES,
    unit: "tally",
    call: () => mergeChecked(shards),
    loop: () => mergeLoop(shards),
  },
  {
    name: "streaming: tally + mergeTallies per chunk",
    items: N,
    unit: "score",
    target: 1.25,
    call: streamTallies,
    loop: streamLoop,
  },
  {
    name: "streaming: computeNps per chunk, counts summed",
    items: N,
    unit: "score",
    target: 1.25,
    call: streamCounts,
    loop: streamLoop,
  },
]);
