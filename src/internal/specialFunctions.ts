/**
 * Special functions for the customer-base models: log-gamma, log-beta, digamma and the Gaussian
 * hypergeometric function 2F1, for real arguments, in plain double precision and without
 * dependencies.
 *
 * Methods (all public, textbook): Stirling's asymptotic series with Bernoulli-number terms for
 * arguments of 10 and more, and the recurrences Γ(x + 1) = xΓ(x), ψ(x + 1) = ψ(x) + 1/x to reach
 * them (Abramowitz and Stegun 6.1.40, 6.1.15, 6.3.5, 6.3.18; DLMF 5.11.1, 5.11.2); the log-beta
 * function in the difference form that keeps it exact when one argument is far larger than the
 * other (as in Didonato and Morris, ACM TOMS 708, 1992); the Gauss series for 2F1 with Pfaff's
 * and the 1 - z transformations (DLMF 15.2.1, 15.8.1, 15.8.4).
 */

const HALF_LOG_TWO_PI = 0.9189385332046728; // ln(2π) / 2
const STIRLING_FROM = 10;

/**
 * The remainder of Stirling's series for x ≥ 10: ln Γ(x) - [(x - 1/2) ln x - x + ln(2π)/2]
 * = Σ B₂ₖ / (2k (2k - 1) x^(2k-1)) (A&S 6.1.40), seven terms; the first omitted one is below
 * 3e-17 at x = 10.
 */
function stirlingRemainder(x: number): number {
  const w = 1 / (x * x);
  return (
    (1 / 12 +
      w * (-1 / 360 + w * (1 / 1260 + w * (-1 / 1680 + w * (1 / 1188 + w * (-691 / 360360 + w * (1 / 156))))))) /
    x
  );
}

/**
 * ln Γ(x) for x > 0. Relative error below 1e-14 away from the zeros at 1 and 2 (exactly 0 there),
 * absolute error below 1e-14 near them. Non-positive or non-finite arguments give NaN (callers validate first).
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x >= STIRLING_FROM) return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingRemainder(x);
  // Γ(x) = Γ(x + n) / (x (x + 1) ... (x + n - 1)); the product stays far from overflow for x < 10.
  let product = x;
  let shifted = x + 1;
  while (shifted < STIRLING_FROM) {
    product *= shifted;
    shifted += 1;
  }
  return logGamma(shifted) - Math.log(product);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b) for a, b > 0, without the cancellation that
 * direct subtraction suffers when an argument is large: the Stirling parts of the large
 * arguments are subtracted analytically, through log1p (the method of TOMS 708's `betaln`).
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0)) return Number.NaN;
  if (q === Infinity) return -Infinity;
  if (q < STIRLING_FROM) return logGamma(p) + logGamma(q) - logGamma(p + q);
  const sum = p + q;
  const remainders = stirlingRemainder(q) - stirlingRemainder(sum);
  if (p < STIRLING_FROM) {
    // ln Γ(q) - ln Γ(p + q) = (q - 1/2) ln(q / (p + q)) - p ln(p + q) + p + remainders.
    return logGamma(p) + remainders + p - p * Math.log(sum) + (q - 0.5) * Math.log1p(-p / sum);
  }
  return (
    HALF_LOG_TWO_PI -
    0.5 * Math.log(q) +
    stirlingRemainder(p) +
    remainders +
    (p - 0.5) * Math.log(p / sum) +
    q * Math.log1p(-p / sum)
  );
}

/**
 * The digamma function ψ(x) = d ln Γ(x) / dx for x > 0: the asymptotic series
 * ln x - 1/(2x) - Σ B₂ₖ / (2k x^(2k)) (A&S 6.3.18) from x ≥ 10, reached by ψ(x) = ψ(x + 1) - 1/x.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  while (x < STIRLING_FROM) {
    shift += 1 / x;
    x += 1;
  }
  const w = 1 / (x * x);
  const series = w * (1 / 12 - w * (1 / 120 - w * (1 / 252 - w * (1 / 240 - w * (1 / 132 - w * (691 / 32760))))));
  return Math.log(x) - 0.5 / x - series - shift;
}

const MAX_TERMS = 100_000;
const EPSILON = Number.EPSILON;

/**
 * The Gauss series Σ (a)ₖ (b)ₖ / ((c)ₖ k!) zᵏ (DLMF 15.2.1), summed until a term no longer
 * changes the sum (checked over two terms, so a term that is zero by chance does not stop it).
 * NaN when it has not settled after 100,000 terms.
 */
function gaussSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let small = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    sum += term;
    if (term === 0 && (a + k === 0 || b + k === 0)) return sum; // a terminating series
    if (Math.abs(term) <= EPSILON * Math.abs(sum)) {
      small++;
      if (small === 2) return sum;
    } else small = 0;
  }
  return Number.NaN;
}

/** Where the series in 1 - z takes over: for z above this, 1 - z is below 0.1. */
const NEAR_ONE = 0.9;
/** How far c - a - b must be from a whole number for DLMF 15.8.4 not to lose digits to its poles. */
const NOT_WHOLE = 1e-4;

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real a, b, c (c not 0, -1, -2...)
 * and real z < 1 (and z = 1 when c - a - b > 0, by Gauss's theorem, DLMF 15.4.20).
 *
 * - z < 0: Pfaff's transformation (DLMF 15.8.1) F(a, b; c; z) = (1 - z)^(-b) F(c - a, b; c; z/(z - 1))
 *   (or the same with a and b exchanged, whichever series has the smaller first ratio), whose
 *   argument lies in [0, 1).
 * - 0 ≤ z ≤ 0.9: the Gauss series.
 * - 0.9 < z < 1 with c - a - b not within 1e-4 of a whole number: the connection formula in
 *   1 - z (DLMF 15.8.4), two fast series; otherwise the Gauss series, which converges at
 *   any z < 1, more slowly near 1.
 *
 * Returns NaN outside that domain or when a series has not converged after 100,000 terms. Accuracy:
 * about 1e-14 relative where the terms keep one sign (a, b, c > 0, 0 ≤ z < 1, the Pareto/NBD and
 * BG/NBD cases); where they alternate, the loss is the ratio of the largest term to the sum.
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && z <= 1) || isPole(c)) return Number.NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (isPole(a) || isPole(b)) return gaussSeries(a, b, c, z); // a polynomial: exact at any z ≤ 1
  const gap = c - a - b;
  if (z === 1) {
    // Gauss's theorem: Γ(c)Γ(c - a - b) / (Γ(c - a)Γ(c - b)).
    return gap > 0 ? gammaSigns(c, gap, c - a, c - b) * Math.exp(logGammaRatio(c, gap, c - a, c - b)) : Number.NaN;
  }
  if (z < 0) {
    const w = z / (z - 1);
    // Either form is exact; take the one whose swapped parameter makes the smaller terms.
    return Math.abs(c - a) * Math.abs(b) <= Math.abs(c - b) * Math.abs(a)
      ? (1 - z) ** -b * hypergeometric2F1(c - a, b, c, w)
      : (1 - z) ** -a * hypergeometric2F1(a, c - b, c, w);
  }
  if (z > NEAR_ONE && Math.abs(gap - Math.round(gap)) > NOT_WHOLE && isGammaRegular(a, b, c, gap)) {
    // DLMF 15.8.4 written with Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)) and Γ(c)Γ(a+b-c)/(Γ(a)Γ(b)).
    const first = gammaSigns(c, gap, c - a, c - b) * Math.exp(logGammaRatio(c, gap, c - a, c - b));
    const second = gammaSigns(c, -gap, a, b) * Math.exp(logGammaRatio(c, -gap, a, b) + gap * Math.log1p(-z));
    return first * gaussSeries(a, b, 1 - gap, 1 - z) + second * gaussSeries(c - a, c - b, 1 + gap, 1 - z);
  }
  return gaussSeries(a, b, c, z);
}

/** Whether x is 0, -1, -2...: a pole of Γ, where a series in x terminates. */
function isPole(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** Whether every gamma function in DLMF 15.8.4 has an argument off its poles. */
function isGammaRegular(a: number, b: number, c: number, gap: number): boolean {
  return ![c - a, c - b, gap, -gap].some(isPole);
}

/**
 * ln |Γ(x)| for any real x, by the reflection formula below 0 (DLMF 5.5.3); +∞ at the poles,
 * so that 1/Γ there is 0.
 */
function logAbsGamma(x: number): number {
  if (x > 0) return logGamma(x);
  if (isPole(x)) return Infinity;
  // Γ(x) Γ(1 - x) = π / sin(πx).
  return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
}

/** The sign of Γ(x) off its poles: positive for x > 0, (-1)^ceil(-x) below. */
function gammaSign(x: number): number {
  return x > 0 || Math.ceil(-x) % 2 === 0 ? 1 : -1;
}

/** ln |Γ(p)Γ(q) / (Γ(r)Γ(s))|. */
function logGammaRatio(p: number, q: number, r: number, s: number): number {
  return logAbsGamma(p) + logAbsGamma(q) - logAbsGamma(r) - logAbsGamma(s);
}

/** The sign of Γ(p)Γ(q) / (Γ(r)Γ(s)). */
function gammaSigns(p: number, q: number, r: number, s: number): number {
  return gammaSign(p) * gammaSign(q) * gammaSign(r) * gammaSign(s);
}
