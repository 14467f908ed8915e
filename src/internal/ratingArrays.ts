// Reading arrays of ratings fast: the loops behind computeNps, csat, ces and tally on a number[]
// (or any array read by index) and on a Uint8Array. They were tuned with the benchmarks in
// bench/survey.bench.mjs and bench/tallies.bench.mjs (`npm run bench`), which run each beside a
// plain loop that validates nothing; everything that makes them fast is in this module.
//
// Three ideas carry them:
// - No test per rating that can fail. Bad ratings are found from what the loop adds up anyway
//   (a sum that comes out NaN or too large, counts that do not add up to the length), and only
//   then does a second pass read the array again from the start to name the first bad rating, so
//   field names and messages are built on the failure path alone.
// - Weights from a table. For the sums, each rating on a scale inside 0-255 adds one weight from a
//   256-entry table, which packs the rating itself and whether it is at least or at most a
//   threshold into one float (fields at 2^0, 2^20 and 2^33, exact for chunks of 4,096 ratings).
//   A whole number from 0 to 255 off the scale adds 2^46 (`BAD`); anything else (6.5, -1, NaN,
//   Infinity, 256) reads `undefined` from the table and turns the sum NaN. Only non-numbers need
//   a test of their own: a Float64Array indexed by the string "9" reads the weight of 9.
// - Four bytes at a time. A Uint8Array on a scale inside 0-127 is read as 32-bit words and every
//   byte of a word is checked and counted at once with additions whose carries land in the top bit
//   of each byte (below). Counting one byte at a time is about twice as slow.
//
// Mutation testing: a mutant that only changes which path is taken (the fast or the general one),
// or drops a check that only spares a call on good data, changes the time and not the result, and
// survives; no test may time the code to kill it.

import { fail } from "./fail.js";
import { isRatingOn, readRating, type Scale } from "./ratingScale.js";

/** What the sums report of an array of ratings. */
export interface RatingSums {
  /** The sum of the ratings. */
  readonly sum: number;
  /** How many ratings are at least the `atLeast` threshold. */
  readonly atLeast: number;
  /** How many ratings are at most the `atMost` threshold. */
  readonly atMost: number;
}

/**
 * What {@link sumRatingArray} counts: ratings at least `atLeast` (from the scale's `min` to
 * `max + 1`) and at most `atMost` (from `min - 1` to `max`), and whether to sum them.
 */
export interface RatingThresholds {
  readonly atLeast: number;
  readonly atMost: number;
  /** Whether the caller needs the sum (the four-bytes loop is faster without it); `sum` is 0 if not. */
  readonly withSum: boolean;
}

// Literals rather than 2 ** n, which bundlers keep in every other function's bundle as possible
// side effects.
const AT_LEAST = 1048576; // 2^20: above the sum of 4,096 ratings of at most 255
const AT_MOST = 8589934592; // 2^33: above 4,096 * 2^20
const BAD = 70368744177664; // 2^46: above 4,096 * 2^33, and still exact
const CHUNK = 4096;

/**
 * Sums `length` ratings read by index, and counts those at least `thresholds.atLeast` and at most
 * `thresholds.atMost`, in one pass without copying. Throws `CxMetricsError` for the first rating
 * that is not a whole number on `scale`, naming `field[i]`.
 */
export function sumRatingArray(
  metric: string,
  field: string,
  ratings: ArrayLike<unknown>,
  length: number,
  scale: Scale,
  thresholds: RatingThresholds,
): RatingSums {
  if (scale.min >= 0 && scale.max <= 255) {
    const failure: Failure = {};
    const sums =
      scale.max <= 127 && isUint8Array(ratings, length)
        ? sumByteWords(ratings as Uint8Array, length, scale, thresholds)
        : sumWeights(ratings, length, weightTable(scale, thresholds), failure);
    if (sums !== undefined) return thresholds.withSum ? sums : { ...sums, sum: 0 };
    nameFirstBadRating(metric, field, ratings, length, scale, failure.thrown);
  }
  // Scales outside 0-255 (rare: a tally's own scale can be anywhere from -1e9 to 1e9).
  let sum = 0;
  let atLeast = 0;
  let atMost = 0;
  for (let i = 0; i < length; i++) {
    const rating = ratings[i];
    if (!isRatingOn(rating, scale)) readRating(metric, `${field}[${i}]`, rating, scale);
    const r = rating as number;
    sum += r;
    if (r >= thresholds.atLeast) atLeast++;
    if (r <= thresholds.atMost) atMost++;
  }
  return { sum, atLeast, atMost };
}

/**
 * Counts `length` ratings read by index into one count per point of `scale` (from `scale.min`),
 * in one pass without copying. Throws `CxMetricsError` for the first rating that is not a whole
 * number on `scale`, naming `field[i]`.
 */
export function countRatingArray(
  metric: string,
  field: string,
  ratings: ArrayLike<unknown>,
  length: number,
  scale: Scale,
): Float64Array {
  const size = scale.max - scale.min + 1;
  if (scale.min >= 0 && scale.max <= 255) {
    // Every value counted where it points, on the scale or below it; values that are not whole
    // numbers from 0 to max point nowhere (a typed array ignores stores at 6.5, -1, NaN or past its
    // end), so the ratings were all good exactly when the counts on the scale add up to `length`.
    const counts = new Float64Array(scale.max + 1);
    const thrown = countInto(counts, ratings, length);
    const onScale = counts.subarray(scale.min);
    let total = 0;
    for (let k = 0; k < size; k++) total += onScale[k]!;
    // A reading that threw stopped the loop short of `length`.
    if (total === length) return onScale;
    nameFirstBadRating(metric, field, ratings, length, scale, thrown);
  }
  const counts = new Float64Array(size);
  for (let i = 0; i < length; i++) {
    const rating = ratings[i];
    if (!isRatingOn(rating, scale)) readRating(metric, `${field}[${i}]`, rating, scale);
    counts[(rating as number) - scale.min]!++;
  }
  return counts;
}

/**
 * What reading an element threw (a getter or a Proxy of the caller's). The fast loops catch it
 * themselves and stop, because they may have read past a bad rating that must be named first;
 * a `try` around a call of the loop instead made `tally` a tenth slower (measured).
 */
interface Thrown {
  readonly error: unknown;
}

/** Where a fast loop leaves what it caught. */
interface Failure {
  thrown?: Thrown;
}

/**
 * Adds 1 at each rating's own index of `counts`; stops at the first value that is not a number,
 * and returns what reading an element threw, if it threw.
 */
function countInto(counts: Float64Array, ratings: ArrayLike<unknown>, length: number): Thrown | undefined {
  if (isUint8Array(ratings, length)) {
    const bytes = ratings as Uint8Array;
    for (let i = 0; i < length; i++) counts[bytes[i]!]!++;
    return undefined;
  }
  try {
    for (let i = 0; i < length; i++) {
      const rating = ratings[i];
      if (typeof rating !== "number") return undefined;
      counts[rating]!++;
    }
  } catch (error) {
    return { error };
  }
  return undefined;
}

/**
 * Reads the ratings again from the start and throws for the first that is not on `scale`. Called
 * when a fast loop found a bad rating, or when reading an element threw (`thrown`: a getter or a
 * Proxy of the caller's, which the fast loop may have reached past a bad rating it had not named
 * yet). If none is bad on this second reading, the error thrown is rethrown; with none thrown, the
 * array answered differently the second time, which is an error of its own.
 */
function nameFirstBadRating(
  metric: string,
  field: string,
  ratings: ArrayLike<unknown>,
  length: number,
  scale: Scale,
  thrown?: Thrown,
): never {
  for (let i = 0; i < length; i++) {
    const rating = ratings[i];
    if (!isRatingOn(rating, scale)) readRating(metric, `${field}[${i}]`, rating, scale);
  }
  if (thrown !== undefined) throw thrown.error;
  return fail({
    code: "inconsistent",
    metric,
    field,
    expected: "ratings that read the same each time",
    received: "a bad rating on the first reading and none on the second",
  });
}

/**
 * The weight of each value from 0 to 255: a rating on `scale` adds itself, plus `AT_LEAST` when
 * it is at least `thresholds.atLeast` and `AT_MOST` when it is at most `thresholds.atMost`; a
 * value off the scale adds `BAD`.
 */
function weightTable(scale: Scale, thresholds: RatingThresholds): Float64Array {
  const weights = new Float64Array(256).fill(BAD);
  for (let r = scale.min; r <= scale.max; r++) {
    weights[r] = r + (r >= thresholds.atLeast ? AT_LEAST : 0) + (r <= thresholds.atMost ? AT_MOST : 0);
  }
  return weights;
}

/**
 * Adds the weights of `length` ratings chunk by chunk, and unpacks each chunk's sum into its three
 * fields; `undefined` as soon as a chunk holds a value off the table's scale.
 */
function sumWeights(
  ratings: ArrayLike<unknown>,
  length: number,
  weights: Float64Array,
  failure: Failure,
): RatingSums | undefined {
  let sum = 0;
  let atLeast = 0;
  let atMost = 0;
  for (let start = 0; start < length; start += CHUNK) {
    const packed = sumChunk(ratings, start, Math.min(length, start + CHUNK), weights, failure);
    if (!(packed < BAD)) return undefined;
    const chunkAtMost = Math.floor(packed / AT_MOST);
    const rest = packed - chunkAtMost * AT_MOST;
    const chunkAtLeast = Math.floor(rest / AT_LEAST);
    sum += rest - chunkAtLeast * AT_LEAST;
    atLeast += chunkAtLeast;
    atMost += chunkAtMost;
  }
  return { sum, atLeast, atMost };
}

/**
 * The sum of the weights of `ratings[start..end)`, or `BAD` at the first value that is not a
 * number or whose reading throws (left in `failure`). The loop returns rather than calls out to
 * throw: a call inside the loop, even one that always throws, made it half again as slow
 * (measured on computeNps).
 */
function sumChunk(
  ratings: ArrayLike<unknown>,
  start: number,
  end: number,
  weights: Float64Array,
  failure: Failure,
): number {
  let sum = 0;
  try {
    for (let i = start; i < end; i++) {
      const rating = ratings[i];
      if (typeof rating !== "number") return BAD;
      sum += weights[rating]!;
    }
  } catch (error) {
    failure.thrown = { error };
    return BAD;
  }
  return sum;
}

// Four bytes at a time. Each word first has `min` taken from each of its bytes, so a byte b on
// the scale becomes b - min from 0 to span = max - min. For a byte from 0 to 127 and a constant k
// from 0 to 128, byte + k sets the byte's top bit exactly when byte >= 128 - k, and never carries
// into the next byte; so adding k * 0x01010101 to a word and keeping its top bits (& 0x80808080)
// compares all four bytes with 128 - k at once. A byte off the scale shows in the top bits of the
// word itself (a byte under min borrowed and wrapped to 128 or more) or of the word plus
// 127 - span (a byte over max); its carries and borrows may spoil the other bytes' results, but
// the word is bad anyway. The top bits are added up in a running word, and the ratings as the two
// 16-bit halves of the word's even and odd bytes, for 127 words at a time: the most that keeps
// every running word below 2^31, so that V8 keeps it an integer; the byte counts are then added
// to the totals. Constants are locals of each loop: read from the module (a `var` once bundled)
// they made the loop about half as slow again (measured).

/** The sum of the four bytes of a word. */
function byteTotal(word: number): number {
  const pairs = (word & 0x00ff00ff) + ((word >>> 8) & 0x00ff00ff);
  return (pairs & 0xffff) + (pairs >>> 16);
}

/**
 * Sums and counts the bytes of `bytes` (a Uint8Array on a scale within 0-127) four at a time;
 * `undefined` when one is off the scale.
 */
function sumByteWords(
  bytes: Uint8Array,
  length: number,
  scale: Scale,
  thresholds: RatingThresholds,
): RatingSums | undefined {
  const { min, max } = scale;
  // "At most t" is counted as length minus "at least t + 1". Both "at least" thresholds are then
  // within min to max + 1 (see RatingThresholds), so that 128 - (threshold - min) stays within
  // 0..128 and no byte on the scale carries.
  const atLeastFrom = thresholds.atLeast;
  const aboveFrom = thresholds.atMost + 1;
  // Whole words start at the first byte whose offset in the buffer is a multiple of 4; the bytes
  // before and after them are read one by one.
  const offset = typedArrayGetter("byteOffset").call(bytes) as number;
  const head = Math.min(length, (4 - (offset & 3)) & 3);
  const wordCount = (length - head) >>> 2;
  const tail = head + 4 * wordCount;
  let sums = { sum: 0, atLeast: 0, above: 0 };
  if (wordCount > 0) {
    const words = new Uint32Array(typedArrayGetter("buffer").call(bytes) as ArrayBufferLike, offset + head, wordCount);
    const constants = wordConstants(min, max, atLeastFrom, aboveFrom);
    const counted = thresholds.withSum ? sumWords(words, constants, min) : countWords(words, constants);
    if (counted === undefined) return undefined;
    sums = counted;
  }
  // The bytes before and after the whole words, one by one.
  const addBytes = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const b = bytes[i]!;
      if (b < min || b > max) return false;
      sums.sum += b;
      if (b >= atLeastFrom) sums.atLeast++;
      if (b >= aboveFrom) sums.above++;
    }
    return true;
  };
  if (!addBytes(0, head) || !addBytes(tail, length)) return undefined;
  return { sum: sums.sum, atLeast: sums.atLeast, atMost: length - sums.above };
}

/** What the word loops return: the sum (0 from `countWords`) and the counts at least each threshold. */
interface WordSums {
  sum: number;
  atLeast: number;
  above: number;
}

/**
 * What both word loops add to each word, from the scale and the thresholds: `min` in every byte
 * (taken away first), and the constants whose sums set a byte's top bit when it is over the span
 * `max - min`, at least `atLeastFrom`, or at least `aboveFrom`.
 */
interface WordConstants {
  readonly minimum: number;
  readonly over: number;
  readonly atLeastAdd: number;
  readonly aboveAdd: number;
}

function wordConstants(min: number, max: number, atLeastFrom: number, aboveFrom: number): WordConstants {
  const ones = 0x01010101;
  return {
    minimum: min * ones,
    over: (0x7f - (max - min)) * ones,
    atLeastAdd: (0x80 - (atLeastFrom - min)) * ones,
    aboveAdd: (0x80 - (aboveFrom - min)) * ones,
  };
}

/** Counts the bytes at least `atLeastFrom` and at least `aboveFrom`; `undefined` when one is off the scale. */
function countWords(words: Uint32Array, constants: WordConstants): WordSums | undefined {
  const { minimum, over, atLeastAdd, aboveAdd } = constants;
  const topBits = 0x80808080;
  let bad = 0;
  let atLeast = 0;
  let above = 0;
  for (let start = 0; start < words.length; start += 127) {
    const end = Math.min(words.length, start + 127);
    let atLeastBits = 0;
    let aboveBits = 0;
    for (let i = start; i < end; i++) {
      const y = words[i]! - minimum;
      bad |= (y + over) | y;
      atLeastBits += ((y + atLeastAdd) & topBits) >>> 7;
      aboveBits += ((y + aboveAdd) & topBits) >>> 7;
    }
    atLeast += byteTotal(atLeastBits);
    above += byteTotal(aboveBits);
  }
  return bad & topBits ? undefined : { sum: 0, atLeast, above };
}

/**
 * `countWords`, and the sum of the bytes (each less `min`, added back per round): a loop of its
 * own, as the sum costs a quarter more time per word and only `ces` needs it.
 */
function sumWords(words: Uint32Array, constants: WordConstants, min: number): WordSums | undefined {
  const { minimum, over, atLeastAdd, aboveAdd } = constants;
  const topBits = 0x80808080;
  let bad = 0;
  let sum = 0;
  let atLeast = 0;
  let above = 0;
  for (let start = 0; start < words.length; start += 127) {
    const end = Math.min(words.length, start + 127);
    let atLeastBits = 0;
    let aboveBits = 0;
    let pairs = 0;
    for (let i = start; i < end; i++) {
      const y = words[i]! - minimum;
      bad |= (y + over) | y;
      pairs += (y & 0x00ff00ff) + ((y >>> 8) & 0x00ff00ff);
      atLeastBits += ((y + atLeastAdd) & topBits) >>> 7;
      aboveBits += ((y + aboveAdd) & topBits) >>> 7;
    }
    // Each byte was added less min.
    sum += (pairs & 0xffff) + (pairs >>> 16) + 4 * min * (end - start);
    atLeast += byteTotal(atLeastBits);
    above += byteTotal(aboveBits);
  }
  return bad & topBits ? undefined : { sum, atLeast, above };
}

/**
 * A getter of `%TypedArray%.prototype` (`buffer`, `byteOffset`, `length`, the to-string tag): they
 * read internal slots, which a look-alike object or a Proxy does not have and an own property of
 * the array cannot override.
 */
let typedArrayGetters: Map<string | symbol, () => unknown> | undefined;

function typedArrayGetter(name: "buffer" | "byteOffset" | "length" | typeof Symbol.toStringTag): () => unknown {
  // Looked up once each: a property descriptor is an object, and a stream of small arrays (a
  // tally per chunk) would allocate one per call.
  typedArrayGetters ??= new Map();
  let getter = typedArrayGetters.get(name);
  if (getter === undefined) {
    const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
    getter = Object.getOwnPropertyDescriptor(typedArrayPrototype, name)!.get!;
    typedArrayGetters.set(name, getter);
  }
  return getter;
}

/**
 * True for a real `Uint8Array` whose length is `length` (so not one whose `length` was redefined,
 * and not an object made from `Uint8Array.prototype` or a Proxy around one, whose elements need
 * not be bytes).
 */
function isUint8Array(value: unknown, length: number): boolean {
  return (
    typedArrayGetter(Symbol.toStringTag).call(value) === "Uint8Array" &&
    typedArrayGetter("length").call(value) === length
  );
}
