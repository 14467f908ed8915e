// csat, ces and computeNps on 10,000,000 skewed ratings, as a number[] and as a Uint8Array, each
// beside the fastest plain loop that computes the same result and validates nothing (except the
// Uint8Array NPS loop, which validates four bytes per step with word arithmetic, as issue 14 asks).
// Run with `npm run bench` (all benches) or `npm run build && node --expose-gc bench/survey.bench.mjs`.
import { ces, computeNps, csat } from "../dist/index.js";
import { compare, picker, seeded } from "./harness.mjs";

const N = Number(process.env.BENCH_RATINGS ?? 10_000_000);

/** `N` ratings drawn with `weights` (a skewed distribution), as a number[] and as a Uint8Array. */
function ratings(seed, values, weights) {
  const draw = picker(seeded(seed), values, weights);
  const array = [];
  const bytes = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const r = draw();
    array.push(r);
    bytes[i] = r;
  }
  return { array, bytes };
}

// Skewed as real surveys are: most answers at the top of the scale.
const csatRatings = ratings(1, [1, 2, 3, 4, 5], [6, 5, 11, 33, 45]);
const cesRatings = ratings(2, [1, 2, 3, 4, 5, 6, 7], [3, 4, 6, 11, 19, 30, 27]);
const npsRatings = ratings(3, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 1, 2, 2, 4, 6, 10, 16, 22, 34]);

/** The four bytes of each aligned word, and the words themselves, of a Uint8Array. */
const wordsOf = (bytes) => new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);

function csatLoopArray(a) {
  let satisfied = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) satisfied += a[i] >= 4;
  return (100 * satisfied) / n;
}

function csatLoopBytes(bytes) {
  const words = wordsOf(bytes);
  let satisfied = 0;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    satisfied += ((x & 255) >= 4) + (((x >>> 8) & 255) >= 4) + (((x >>> 16) & 255) >= 4) + (x >>> 24 >= 4);
  }
  for (let i = words.length * 4; i < bytes.length; i++) satisfied += bytes[i] >= 4;
  return (100 * satisfied) / bytes.length;
}

const cesResult = (sum, easy, n) => ({
  mean: sum / n,
  easyPercent: (100 * easy) / n,
  responses: n,
  scale: { min: 1, max: 7 },
  lowerIsEasier: false,
  easyThreshold: 5,
});

function cesLoopArray(a) {
  let sum = 0;
  let easy = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const r = a[i];
    sum += r;
    easy += r >= 5;
  }
  return cesResult(sum, easy, n);
}

function cesLoopBytes(bytes) {
  const words = wordsOf(bytes);
  let sum = 0;
  let easy = 0;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    const b0 = x & 255;
    const b1 = (x >>> 8) & 255;
    const b2 = (x >>> 16) & 255;
    const b3 = x >>> 24;
    sum += b0 + b1 + b2 + b3;
    easy += (b0 >= 5) + (b1 >= 5) + (b2 >= 5) + (b3 >= 5);
  }
  for (let i = words.length * 4; i < bytes.length; i++) {
    sum += bytes[i];
    easy += bytes[i] >= 5;
  }
  return cesResult(sum, easy, bytes.length);
}

const npsOf = (promoters, detractors, n) => ({
  score: (100 * (promoters - detractors)) / n,
  promoters,
  passives: n - promoters - detractors,
  detractors,
});
const npsFields = (r) => npsOf(r.promoters, r.detractors, r.responses);

function npsLoopArray(a) {
  let p = 0;
  let d = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const s = a[i];
    p += s >= 9;
    d += s <= 6;
  }
  return npsOf(p, d, n);
}

/**
 * Issue 14's baseline for bytes: four bytes a step from a Uint32Array view, validated with word
 * arithmetic (a byte is over 10 exactly when adding 0x75 sets its top bit; or-ing the word itself
 * catches bytes of 128 and more) and counted the same way: adding 0x77 sets the top bit of a
 * byte of 9 or more, adding 0x79 that of a byte of 7 or more, and a multiply adds up the four
 * top bits. (Counting with four comparisons a byte instead is about 1.7x slower here.)
 */
function npsLoopBytes(bytes) {
  const words = wordsOf(bytes);
  let p = 0;
  let notDetractors = 0;
  let bad = 0;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    bad |= (x + 0x75757575) | x;
    p += Math.imul(((x + 0x77777777) & 0x80808080) >>> 7, 0x01010101) >>> 24;
    notDetractors += Math.imul(((x + 0x79797979) & 0x80808080) >>> 7, 0x01010101) >>> 24;
  }
  for (let i = words.length * 4; i < bytes.length; i++) {
    bad |= bytes[i] > 10 ? 0x80 : 0;
    p += bytes[i] >= 9;
    notDetractors += bytes[i] >= 7;
  }
  if (bad & 0x80808080) throw new RangeError("a score over 10");
  return npsOf(p, bytes.length - notDetractors, bytes.length);
}

compare(`Survey ratings, ${N.toLocaleString("en")} per call`, [
  {
    name: "csat, number[]",
    items: N,
    unit: "rating",
    target: 1.25,
    call: () => csat(csatRatings.array),
    loop: () => csatLoopArray(csatRatings.array),
  },
  {
    name: "csat, Uint8Array",
    items: N,
    unit: "rating",
    target: 1.25,
    call: () => csat(csatRatings.bytes),
    loop: () => csatLoopBytes(csatRatings.bytes),
  },
  {
    name: "ces, number[]",
    items: N,
    unit: "rating",
    target: 1.25,
    call: () => ces(cesRatings.array),
    loop: () => cesLoopArray(cesRatings.array),
  },
  {
    name: "ces, Uint8Array",
    items: N,
    unit: "rating",
    target: 1.25,
    call: () => ces(cesRatings.bytes),
    loop: () => cesLoopBytes(cesRatings.bytes),
  },
  {
    name: "computeNps, number[]",
    items: N,
    unit: "score",
    target: 1.25,
    call: () => npsFields(computeNps(npsRatings.array)),
    loop: () => npsLoopArray(npsRatings.array),
  },
  {
    name: "computeNps, Uint8Array (vs validating loop)",
    items: N,
    unit: "score",
    target: 1.25,
    call: () => npsFields(computeNps(npsRatings.bytes)),
    loop: () => npsLoopBytes(npsRatings.bytes),
  },
]);
