import { count } from "./check.js";
import { firstBadRating, lengthOf, ratingOption, type Scale, Shape } from "./ratings.js";
import { isTally, tallyOn } from "./tally.js";

/** The counts behind an NPS, with their total. */
export interface NpsCounted {
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/**
 * Reads any NPS input (raw 0-10 scores, `{ promoters, passives, detractors }` or a 0-10 tally)
 * into validated counts. `name` names the input in errors and `prefix` its fields: by default
 * `scores[i]`, `promoters` and `tally.counts[k]`; with `"a"` and `"a."`, `a[i]`, `a.promoters`
 * and `a.tally.counts[k]`.
 */
export function npsCounts(metric: string, input: unknown, name = "scores", prefix = ""): NpsCounted {
  const n = lengthOf(metric, name, input, true);
  // Raw scores: their number is already a valid count (an array's length, or one per iteration).
  if (n !== Shape.Counts) return tallyNps(metric, name, input, n);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  const o = input as Readonly<Record<string, unknown>>;
  if (isTally(input)) {
    tallyOn(metric, `${prefix}tally`, o, NPS_SCALE).counts.forEach((c, score) =>
      score > 8 ? (promoters += c) : score < 7 ? (detractors += c) : (passives += c),
    );
  } else {
    promoters = count(metric, `${prefix}promoters`, o["promoters"]);
    passives = count(metric, `${prefix}passives`, o["passives"]);
    detractors = count(metric, `${prefix}detractors`, o["detractors"]);
  }
  const responses = count(metric, `${prefix}responses`, promoters + passives + detractors);
  return { promoters, passives, detractors, responses };
}

/** The NPS scale: whole numbers from 0 to 10. */
export const NPS_SCALE: Scale = { min: 0, max: 10 };

// Each score adds a weight to one float accumulator: 1 for a detractor (0-6), 0 for a passive,
// 2^24 for a promoter (9-10) and 2^48 for anything from 11 to 255. With at most 2^23 scores a
// chunk the sum stays exact: its low 24 bits count detractors, the next 24 promoters. A score
// above 10 pushes the sum to 2^48 or beyond, and a score that is not a whole number from 0 to 255
// (6.5, -1, NaN, Infinity) reads `undefined` from the table and makes the sum NaN; either sends
// the chunk to a second pass that names the bad score. Only non-numbers need a test of their own
// (a Float64Array indexed by the string "9" reads the weight of 9).
// Literals rather than 2 ** n or shifts, which bundlers keep in every other function's bundle
// as possible side effects.
const PROMOTER = 16777216; // 2^24
const BAD = 281474976710656; // 2^48
const CHUNK = 8388608; // 2^23

/**
 * Counts NPS categories in whole-number 0-10 scores, in one pass without copying. `n` is what
 * `lengthOf` returned for them. Throws `CxMetricsError` for the first bad score, naming its index.
 */
export function tallyNps(metric: string, field: string, scores: unknown, n: number): NpsCounted {
  let promoters = 0;
  let detractors = 0;
  let responses = 0;
  if (n === Shape.Iterable) {
    for (const s of scores as Iterable<unknown>) {
      if (typeof s !== "number" || (s & 15) !== s || s > 10) throw ratingOption(metric, `${field}[${responses}]`, s, NPS_SCALE);
      if (s > 8) promoters++;
      else if (s < 7) detractors++;
      responses++;
    }
  }
  const a = scores as ArrayLike<unknown>;
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    const acc = sumWeights(a, start, end, a instanceof Uint8Array);
    if (!(acc < BAD)) firstBadRating(metric, field, a, start, end, NPS_SCALE);
    const p = Math.floor(acc / PROMOTER);
    promoters += p;
    detractors += acc - p * PROMOTER;
    responses = end;
  }
  return { promoters, passives: responses - promoters - detractors, detractors, responses };
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
const sumWeights = /* @__PURE__ */ (() => {
  const w = Float64Array.from({ length: 256 }, (_, s) => (s < 7 ? 1 : s < 9 ? 0 : s < 11 ? PROMOTER : BAD));
  return (scores: ArrayLike<unknown>, start: number, end: number, bytes: boolean): number => {
    const b = scores as ArrayLike<number>;
    let acc = 0;
    let i = start;
    if (bytes) for (; i + 3 < end; i += 4) acc += w[b[i]!]! + w[b[i + 1]!]! + w[b[i + 2]!]! + w[b[i + 3]!]!;
    for (; i < end; i++) {
      const s = scores[i];
      if (typeof s !== "number") return BAD;
      acc += w[s]!;
    }
    return acc;
  };
})();
