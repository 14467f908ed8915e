// An exact oracle: is a double the correctly rounded value of the rational num / den?

/** The exact value of a finite double as a reduced fraction [numerator, positive denominator]. */
export function toRational(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  if (x === 0) return [0n, 1n];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  const signed = negative ? -mantissa : mantissa;
  return exponent >= 0 ? [signed << BigInt(exponent), 1n] : [signed, 1n << BigInt(-exponent)];
}

/** The next double after x towards +Infinity (up) or -Infinity (down). */
export function nextDouble(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const awayFromZero = x > 0 === up;
  view.setBigUint64(0, awayFromZero ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** |a/b - c/d| as a fraction with positive denominator (b, d > 0). */
function distance(a: bigint, b: bigint, c: bigint, d: bigint): [bigint, bigint] {
  const n = a * d - c * b;
  return [n < 0n ? -n : n, b * d];
}

/** True when [a, b] <= [c, d] as non-negative fractions. */
function notFarther(x: [bigint, bigint], y: [bigint, bigint]): boolean {
  return x[0] * y[1] <= y[0] * x[1];
}

/**
 * True when `x` is a double nearest to num / den (den > 0): no neighbouring double is closer.
 */
export function isCorrectlyRounded(x: number, num: bigint, den: bigint): boolean {
  if (den <= 0n) throw new Error("den must be positive");
  const [xn, xd] = toRational(x);
  const own = distance(xn, xd, num, den);
  for (const up of [true, false]) {
    const [yn, yd] = toRational(nextDouble(x, up));
    if (!notFarther(own, distance(yn, yd, num, den))) return false;
  }
  return true;
}
