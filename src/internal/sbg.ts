import { fail } from "./fail.js";
import { readNumber, readRecord } from "./readers.js";

/** The parameters of a shifted-beta-geometric model (the public `SbgParameters` of `fitSbg`). */
export interface SbgModel {
  readonly alpha: number;
  readonly beta: number;
}

/** The fields of a fit (`fitSbg`'s result), so a saved fit can be passed as the model. */
const MODEL_FIELDS = ["alpha", "beta", "logLikelihood", "standardErrors", "customers", "converged", "iterations"];
const SHAPE = { above: 0, noun: "a shape parameter" } as const;

/** `model.alpha` and `model.beta`: positive finite numbers; other fields of a fit are ignored. */
export function readSbgModel(metric: string, model: unknown): SbgModel {
  const m = readRecord(metric, "model", model, MODEL_FIELDS);
  return {
    alpha: readNumber(metric, "model.alpha", m["alpha"], SHAPE),
    beta: readNumber(metric, "model.beta", m["beta"], SHAPE),
  };
}

/** The most periods a curve or projection is asked for: an array of this length is still small. */
export const MAX_PERIODS = 100_000;

/** A number of periods: a whole number from 0 to `MAX_PERIODS`. */
export function readPeriods(metric: string, field: string, value: unknown): number {
  return readNumber(metric, field, value, {
    min: 0,
    max: MAX_PERIODS,
    integer: true,
    noun: "a whole number",
    belowCode: "negative",
  });
}

/** A discount rate in percent per period: a non-negative finite number. */
export function readDiscountPercent(metric: string, value: unknown): number {
  return readNumber(metric, "discountPercent", value, {
    min: 0,
    noun: "a discount rate in percent",
    belowCode: "negative",
  });
}

/**
 * `value * r`, with `r = (beta + n) / (alpha + beta + n)` the sBG retention rate at age `n + 1`
 * (as a fraction; `n = t - 1` renewals already made), computed so that every positive finite
 * `alpha` and `beta` gives the product to a few units in the last place, and so that a curve
 * built by applying it period after period does not drift:
 *
 * - `beta + n` with `n` a whole number, never `beta + t - 1`: `(beta + 1) - 1` rounds a `beta`
 *   below 1e-16 away (alpha = beta = 1e-17 gave 0 / 0 = NaN at age 1, not 1/2).
 * - No sum `alpha + beta`, which overflows (1e308 + 1e308 made every retention rate 0), and no
 *   intermediate `r`, which can be subnormal with few digits where `value * r` is not
 *   (alpha = 1e159, beta = 1e-150: r = 1e-309).
 * - A churn `c = 1 - r` of at most 1/2 is taken away, `value - value c`: the rounding error of
 *   `c` is then a part `c` of the result's, so when `c` is the same period after period
 *   (`beta` above 1e16, where `beta + n` hardly changes) 100,000 periods drift by about 1e-13,
 *   not the 1e-11 of multiplying by a rounded `r` each time. A larger churn divides,
 *   `value / (1 + alpha / (beta + n))`: each such period at least halves the value, so at most
 *   about 1,100 of them come before it underflows.
 * - When `alpha / (beta + n)` itself overflows, `r` is `(beta + n) / alpha` to within a part in
 *   1e308, and `value / alpha` is finite (`alpha` is then above 8.8e-16, `value` a percentage, a
 *   count or a lifetime) and at least the result, so it is not subnormal unless the result is.
 */
export function retain(value: number, { alpha, beta }: SbgModel, n: number): number {
  const kept = beta + n;
  if (alpha <= kept) return value - value / (1 + kept / alpha);
  const odds = alpha / kept;
  return odds === Infinity ? (value / alpha) * kept : value / (1 + odds);
}

/** The most terms `lifetimeSeries` sums: enough for discount rates down to about 0.001 %. */
const MAX_TERMS = 10_000_000;

/**
 * `sum over k >= 0 of z^k r(n + 1) r(n + 2) ... r(n + k)`, with the sBG retention rates `r` (see
 * `retain`) from age `n + 1` on: `2F1(1, beta + n; alpha + beta + n; z)` for `0 < z < 1`, summed
 * term by term. A general-purpose 2F1 switches near z = 1 to a connection formula (DLMF 15.8.4)
 * whose two terms cancel for large b and c (the sBG's beta + renewals): at b = 142, c = 148.4,
 * z = 0.9001 it lost all but one digit, where this series is exact to rounding. Every term is
 * positive and each is at most `z` times the one before, so the remainder after a term is at most
 * `term * z / (1 - z)`, and the sum stops when that is below 1e-16 of the sum, or when the terms
 * underflow to 0 (which also ends the sum for a `z` that rounded to 1). NaN when it needs more
 * than `MAX_TERMS` terms.
 */
function lifetimeSeries(model: SbgModel, n: number, z: number): number {
  const tolerance = (1e-16 * (1 - z)) / z;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < MAX_TERMS; k++) {
    term = retain(term, model, n + k) * z;
    sum += term;
    if (term <= tolerance * sum) return sum;
  }
  return Number.NaN;
}

/**
 * The discounted expected residual lifetime, in periods, of a customer who has renewed
 * `renewals` times (Fader and Hardie 2010, with their n - 1 = `renewals`):
 * `(beta + r) / (alpha + beta + r) * 2F1(1, beta + r + 1; alpha + beta + r + 1; 1 / (1 + d))`.
 * Undiscounted (`d = 0`) it is `(beta + r) / (alpha - 1)`, finite only for `alpha > 1`:
 * `undefined` otherwise. Throws `out-of-range` naming `discountPercent` when the series does
 * not converge (a rate so close to 0 that it needs more than `MAX_TERMS` terms), and naming
 * `model.alpha` when the undiscounted lifetime is too long for a double (`alpha` just above 1).
 */
export function derl(metric: string, model: SbgModel, discountPercent: number, renewals: number): number | undefined {
  const { alpha, beta } = model;
  if (discountPercent === 0)
    return alpha > 1 ? finiteLifetime(metric, alpha, (beta + renewals) / (alpha - 1)) : undefined;
  const value = retain(lifetimeSeries(model, renewals + 1, 100 / (100 + discountPercent)), model, renewals);
  return converged(metric, discountPercent, value);
}

/**
 * The discounted expected lifetime, in periods, of a customer at acquisition, counting the
 * first period (Fader and Hardie 2010): `2F1(1, beta; alpha + beta; 1 / (1 + d))`;
 * undiscounted `(alpha + beta - 1) / (alpha - 1) = 1 + beta / (alpha - 1)` for `alpha > 1`
 * (the second form: `alpha + beta - 1` loses `beta` to rounding for `alpha` near 1), else
 * `undefined`.
 */
export function del(metric: string, model: SbgModel, discountPercent: number): number | undefined {
  const { alpha, beta } = model;
  if (discountPercent === 0) return alpha > 1 ? finiteLifetime(metric, alpha, 1 + beta / (alpha - 1)) : undefined;
  return converged(metric, discountPercent, lifetimeSeries(model, 0, 100 / (100 + discountPercent)));
}

/** An undiscounted lifetime, which overflows only for `alpha` below 2 (`alpha - 1` below 1). */
function finiteLifetime(metric: string, alpha: number, value: number): number {
  if (value === Infinity) {
    fail({
      code: "out-of-range",
      metric,
      field: "model.alpha",
      expected: "far enough above 1 for a finite undiscounted lifetime (or at most 1, for none)",
      received: alpha,
    });
  }
  return value;
}

function converged(metric: string, discountPercent: number, value: number): number {
  if (!Number.isFinite(value)) {
    fail({
      code: "out-of-range",
      metric,
      field: "discountPercent",
      expected: "0, or a rate large enough for the lifetime series to converge (about 0.001 % or more)",
      received: discountPercent,
    });
  }
  return value;
}
