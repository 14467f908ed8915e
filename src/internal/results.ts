import { fail } from "./fail.js";

/**
 * `x` with `-0` made `0`: the one place the library applies its rule that a result is never
 * `-0` (adding `0` turns `-0` into `0` and leaves every other number as it is).
 */
export function withoutNegativeZero(x: number): number {
  return x + 0;
}

/** `100 * part / whole`, divided once; `undefined` when `whole` is 0. Never returns `-0`. */
export function percentOf(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : withoutNegativeZero((100 * part) / whole);
}

/**
 * A computed `value`, checked finite (with `-0` made `0`); inputs too large for a finite result
 * throw `out-of-range` naming `field`, the input that made it overflow.
 */
export function finiteResult(metric: string, field: string, value: number): number {
  if (!Number.isFinite(value)) {
    fail({ code: "out-of-range", metric, field, expected: "small enough for a finite result", received: value });
  }
  return withoutNegativeZero(value);
}

/** Where amounts are scaled down before a percentage is taken, so sums and `100 x` cannot overflow. */
const LARGE = 2 ** 1000;
/** The scale: a power of two, so scaling is exact and the percentage has the same bits. */
const SCALE = 2 ** -16;

/**
 * `100 * (sum of terms) / whole` for amounts of money, `undefined` when `whole` is 0. When the
 * amounts are near the largest double, they are first scaled by a power of two (exactly), so
 * neither the sum nor `100 x` overflows; the result is clamped to `[min, max]` (a rate that
 * rounding pushed a last bit past its range, such as `100.00000000000001`), then checked finite,
 * naming `field` when it is not (a rate too large to represent).
 */
export function percentOfAmounts(
  metric: string,
  field: string,
  terms: readonly number[],
  whole: number,
  range: { readonly min?: number; readonly max?: number },
): number | undefined {
  if (whole === 0) return undefined;
  const largest = Math.max(whole, ...terms.map(Math.abs));
  const scale = largest > LARGE ? SCALE : 1;
  let sum = 0;
  for (const term of terms) sum += term * scale;
  const percent = (100 * sum) / (whole * scale);
  const clamped = Math.min(range.max ?? Infinity, Math.max(range.min ?? -Infinity, percent));
  return finiteResult(metric, field, clamped);
}

/**
 * Whether an amount `part` exceeds `whole` by more than rounding can explain: by more than four
 * units in the last place of the larger of the two (so `0.1 + 0.2` is not more than `0.3`).
 * Counts, which are exact, are compared exactly elsewhere.
 */
export function exceedsBeyondRounding(part: number, whole: number): boolean {
  return part - whole > 4 * Number.EPSILON * Math.max(part, whole);
}
