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
