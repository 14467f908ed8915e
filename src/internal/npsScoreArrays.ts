// Counting NPS categories in an array of 0-10 scores: the library's hottest loop, tuned with the
// benchmark in bench/ (`npm run bench`, which runs it beside a hand-written loop that validates
// nothing). Everything that makes it fast is in this module.
//
// Each score adds a weight to one float accumulator: 1 for a detractor (0-6), 0 for a passive,
// 2^24 for a promoter (9-10) and 2^48 for anything from 11 to 255. With at most 2^23 scores a
// chunk the sum stays exact: its low 24 bits count detractors, the next 24 promoters. A score
// above 10 pushes the sum to 2^48 or beyond, and a score that is not a whole number from 0 to 255
// (6.5, -1, NaN, Infinity) reads `undefined` from the table and makes the sum NaN; either sends
// the chunk to a second pass that names the bad score. Only non-numbers need a test of their own
// (a Float64Array indexed by the string "9" reads the weight of 9).

import { NPS_SCALE, readRating } from "./ratingScale.js";

// Literals rather than 2 ** n or shifts, which bundlers keep in every other function's bundle
// as possible side effects.
const PROMOTER = 16777216; // 2^24
const BAD = 281474976710656; // 2^48
const CHUNK = 8388608; // 2^23

/** Promoters and detractors among some scores. */
export interface PromotersAndDetractors {
  promoters: number;
  detractors: number;
}

/**
 * Counts promoters and detractors among `length` scores read by index, in one pass without
 * copying. Throws `CxMetricsError` for the first score that is not a whole number from 0 to 10,
 * naming `field[i]`.
 */
export function countNpsScoreArray(
  metric: string,
  field: string,
  scores: ArrayLike<unknown>,
  length: number,
): PromotersAndDetractors {
  let promoters = 0;
  let detractors = 0;
  const bytes = isUint8Array(scores);
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    const sum = sumWeights(scores, start, end, bytes);
    if (!(sum < BAD)) {
      for (let i = start; i < end; i++) readRating(metric, `${field}[${i}]`, scores[i], NPS_SCALE);
    }
    const chunkPromoters = Math.floor(sum / PROMOTER);
    promoters += chunkPromoters;
    detractors += sum - chunkPromoters * PROMOTER;
  }
  return { promoters, detractors };
}

/**
 * Sums the weights of `scores[start..end)`; `BAD` as soon as one is not a number. Bytes are read
 * four to a step (four independent loads and one add to the running sum, as fast as a loop that
 * validates nothing). The loop returns rather than calls out to throw: a call inside the loop,
 * even one that always throws, made it half again as slow.
 *
 * The weight table is a `const` of this closure, not of the module: bundlers turn module-level
 * consts into `var`s, and V8 compiles loops over a `var`'s table about 15 % slower (measured).
 */
/**
 * True for a real `Uint8Array`, by the `%TypedArray%.prototype[Symbol.toStringTag]` getter, which
 * reads an internal slot that an object made from `Uint8Array.prototype` or a Proxy around a
 * `Uint8Array` does not have (`instanceof` would accept both, and their elements need not be bytes).
 */
function isUint8Array(value: unknown): boolean {
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const tag = Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag)!.get!;
  return tag.call(value) === "Uint8Array";
}

const sumWeights = /* @__PURE__ */ (() => {
  const weights = Float64Array.from({ length: 256 }, (_, s) => (s < 7 ? 1 : s < 9 ? 0 : s < 11 ? PROMOTER : BAD));
  return (scores: ArrayLike<unknown>, start: number, end: number, bytes: boolean): number => {
    const b = scores as ArrayLike<number>;
    let sum = 0;
    let i = start;
    if (bytes) {
      for (; i + 3 < end; i += 4)
        sum += weights[b[i]!]! + weights[b[i + 1]!]! + weights[b[i + 2]!]! + weights[b[i + 3]!]!;
    }
    for (; i < end; i++) {
      const s = scores[i];
      if (typeof s !== "number") return BAD;
      sum += weights[s]!;
    }
    return sum;
  };
})();
