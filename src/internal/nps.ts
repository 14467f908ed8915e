import { badRating, firstBadRating, ITERABLE, type Scale } from "./ratings.js";

/** Promoters, passives and detractors counted from raw scores. */
export interface NpsTally {
  promoters: number;
  passives: number;
  detractors: number;
}

/** The NPS scale: whole numbers from 0 to 10. */
export const NPS_SCALE: Scale = { min: 0, max: 10 };

// Each score adds a weight to one float accumulator: 1 for a detractor (0-6), 0 for a passive,
// 2^24 for a promoter (9-10) and 2^48 for anything from 11 to 255. With at most 2^23 scores a
// chunk the sum stays exact: its low 24 bits count detractors, the next 24 promoters, and any
// score above 10 pushes it to 2^48 or beyond, which sends the chunk to a second pass that names
// the bad score. A score that is not a whole number from 0 to 15 fails `(s & 15) !== s` at once.
// Literals rather than 2 ** n or shifts, which bundlers keep in every other function's bundle
// as possible side effects.
const PROMOTER = 16777216; // 2^24
const BAD = 281474976710656; // 2^48
const CHUNK = 8388608; // 2^23
const WEIGHTS: Float64Array = /* @__PURE__ */ Float64Array.from({ length: 256 }, (_, s) =>
  s < 7 ? 1 : s < 9 ? 0 : s < 11 ? PROMOTER : BAD,
);

/**
 * Counts NPS categories in whole-number 0-10 scores, in one pass without copying. `n` is what
 * `lengthOf` returned for them. Throws `CxMetricsError` for the first bad score, naming its index.
 */
export function tallyNps(metric: string, field: string, scores: unknown, n: number): NpsTally {
  let promoters = 0;
  let detractors = 0;
  let responses = 0;
  if (n === ITERABLE) {
    for (const s of scores as Iterable<unknown>) {
      if (typeof s !== "number" || (s & 15) !== s || s > 10) throw badRating(metric, field, responses, s, NPS_SCALE);
      if ((s as number) > 8) promoters++;
      else if ((s as number) < 7) detractors++;
      responses++;
    }
  }
  const a = scores as ArrayLike<unknown>;
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    const acc = a instanceof Uint8Array ? sumBytes(a, start, end) : sumScores(metric, field, a, start, end);
    if (acc >= BAD) firstBadRating(metric, field, a, start, end, NPS_SCALE);
    const p = Math.floor(acc / PROMOTER);
    promoters += p;
    detractors += acc - p * PROMOTER;
    responses = end;
  }
  return { promoters, passives: responses - promoters - detractors, detractors };
}

/**
 * Sums the weights of `scores[start..end)`, throwing for the first score that is not a whole
 * number from 0 to 15. The loop only breaks out and the error is raised after it: a call inside
 * the loop, even one that always throws, made the loop half again as slow.
 */
function sumScores(metric: string, field: string, scores: ArrayLike<unknown>, start: number, end: number): number {
  // A local copy: bundlers turn a module-level const into a var, which V8 reloads every time.
  const weights = WEIGHTS;
  let acc = 0;
  let i = start;
  for (; i < end; i++) {
    const s = scores[i];
    if (typeof s !== "number") break;
    const k = s & 15;
    if (k !== s) break;
    acc += weights[k]!;
  }
  if (i < end) badRating(metric, field, i, scores[i], NPS_SCALE);
  return acc;
}

/** Sums the weights of `bytes[start..end)`, reading the aligned middle four bytes at a time. */
function sumBytes(bytes: Uint8Array, start: number, end: number): number {
  const weights = WEIGHTS;
  let acc = 0;
  let i = start;
  for (; i < end && (bytes.byteOffset + i) & 3; i++) acc += weights[bytes[i]!]!;
  const words = (end - i) >>> 2;
  const w = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
  for (let k = 0; k < words; k++) {
    const x = w[k]!;
    acc += weights[x & 255]! + weights[(x >>> 8) & 255]! + weights[(x >>> 16) & 255]! + weights[x >>> 24]!;
  }
  for (i += 4 * words; i < end; i++) acc += weights[bytes[i]!]!;
  return acc;
}
