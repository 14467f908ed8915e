import type { Histories } from "./customerHistories.js";
import { digamma, hypergeometric2F1NearOne, logBeta, logGamma } from "./specialFunctions.js";

/**
 * The BG/NBD model of Fader, Hardie and Lee, "'Counting Your Customers' the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2), 2005: purchases at Poisson rate
 * λ ~ Gamma(r, α) while alive; after each purchase the customer drops out with probability
 * p ~ Beta(a, b).
 */

/**
 * ln of the odds that a customer with x > 0 repeat purchases has died after the last one, the
 * term δ a/(b + x - 1) ((α + T)/(α + tₓ))^(r+x) of FHL (2005) equations (6) and (13): -∞ when x = 0.
 */
export function bgNbdLogDeathOdds(theta: readonly number[], x: number, tx: number, age: number): number {
  const [r, alpha, a, b] = theta as [number, number, number, number];
  if (x === 0) return -Infinity;
  // b + (x - 1), not b + x - 1, which loses a b below 1e-16 when x is 1; ln a - ln(...), which cannot
  // overflow; ln((α + T)/(α + tₓ)) through log1p, with a relative error of a few ulps even when
  // r + x is large (ln(α + T) - ln(α + tₓ) would leave an absolute error that r + x multiplies).
  return Math.log(a) - Math.log(b + (x - 1)) + (r + x) * Math.log1p((age - tx) / (alpha + tx));
}

/** ln(1 + e^u) without overflow. */
export function log1pExp(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/**
 * The log-likelihood of FHL (2005) equation (6), summed over the histories with their counts,
 * and its gradient in (r, α, a, b). Terms that depend on the frequency alone are computed once
 * per distinct frequency (the histories are sorted by it).
 */
export function bgNbdLogLikelihood(theta: readonly number[], h: Histories): { value: number; gradient: number[] } {
  const [r, alpha, a, b] = theta as [number, number, number, number];
  const logAlpha = Math.log(alpha);
  const digammaR = digamma(r);
  const digammaB = digamma(b);
  const digammaAB = digamma(a + b);
  const constant = -logGamma(r) + r * logAlpha - logBeta(a, b);
  let value = 0;
  let dr = 0;
  let dAlpha = 0;
  let dA = 0;
  let dB = 0;
  let x = -1;
  let perFrequency = 0;
  let drFrequency = 0;
  let daFrequency = 0;
  let dbFrequency = 0;
  for (let i = 0; i < h.count.length; i++) {
    const n = h.count[i]!;
    const tx = h.recency[i]!;
    const age = h.age[i]!;
    if (h.frequency[i] !== x) {
      x = h.frequency[i]!;
      const digammaABX = digamma(a + b + x);
      perFrequency = logGamma(r + x) + logBeta(a, b + x);
      drFrequency = digamma(r + x) - digammaR + logAlpha;
      daFrequency = digammaAB - digammaABX;
      dbFrequency = digamma(b + x) - digammaABX - digammaB + digammaAB;
    }
    const logAge = Math.log(alpha + age);
    const u = bgNbdLogDeathOdds(theta, x, tx, age);
    const w = 1 / (1 + Math.exp(-u)); // E / (1 + E), with E = e^u the death odds
    value += n * (constant + perFrequency - (r + x) * logAge + log1pExp(u));
    dr += n * (drFrequency - logAge + (x === 0 ? 0 : w * (logAge - Math.log(alpha + tx))));
    dAlpha += n * (r / alpha - (r + x) / (alpha + age) + w * (r + x) * (1 / (alpha + age) - 1 / (alpha + tx)));
    dA += n * (daFrequency + w / a);
    dB += n * (dbFrequency - (x === 0 ? 0 : w / (b + x - 1)));
  }
  return { value, gradient: [dr, dAlpha, dA, dB] };
}

/**
 * E[X(t)] for a new customer, FHL (2005) equation (7):
 * (a + b - 1)/(a - 1) [1 - (α/(α + t))^r ₂F₁(r, b; a + b - 1; t/(α + t))].
 */
export function bgNbdUnconditional(theta: readonly number[], t: number): number {
  const [r, alpha, a, b] = theta as [number, number, number, number];
  return purchasesWhileAlive(r, a, b, exactSum(a, b, -1), t / alpha);
}

/**
 * E[Y(t) | x, tₓ, T], FHL (2005) equation (10):
 * (a + b + x - 1)/(a - 1) [1 - ((α + T)/(α + T + t))^(r+x) ₂F₁(r + x, b + x; a + b + x - 1; t/(α + T + t))]
 * / (1 + δ a/(b + x - 1) ((α + T)/(α + tₓ))^(r+x)).
 */
export function bgNbdConditional(theta: readonly number[], x: number, tx: number, age: number, t: number): number {
  const [r, alpha, a, b] = theta as [number, number, number, number];
  const u = bgNbdLogDeathOdds(theta, x, tx, age);
  const whileAlive = purchasesWhileAlive(r + x, a, b + x, exactSum(a, b, x - 1), t / (alpha + age));
  // Times P(alive) = 1/(1 + e^u); through logarithms where that alone would underflow.
  return u < 700 ? whileAlive / (1 + Math.exp(u)) : Math.exp(Math.log(whileAlive) - u - Math.log1p(Math.exp(-u)));
}

/** a + b + n with one rounding when a + b is near -n (a + b - 1 near 0 must keep its digits). */
function exactSum(a: number, b: number, n: number): number {
  // Knuth's two-sum: a + b = sum + error exactly.
  const sum = a + b;
  const bPart = sum - a;
  const error = a - (sum - bPart) + (b - bPart);
  return sum + n + error;
}

/*
 * The expected purchases of a customer while alive, with A = r + x, B = b + x, c = a + b + x - 1
 * (x = 0 for a new customer) and s = t/(α + T) (T = 0 for a new customer):
 *
 *   Q = c/(a - 1) · [1 - (1 + s)^(-A) ₂F₁(A, B; c; s/(1 + s))] = E[(1 - (1 + ps)^(-A)) / p], p ~ Beta(a, B).
 *
 * As it stands, the bracket is 1 minus a number close to 1 whenever Q is small next to c/|a - 1|:
 * a large b (Q tends to the NBD's A·s as b grows, while c/(a - 1) grows with b), a short horizon,
 * or a near 1; and ₂F₁ overflows for a large frequency. Forms without that subtraction:
 *
 * 1. Sums over k, the purchases in the horizon. With z = s/(1 + s) and ℓ = ln(1 + s), the bracket
 *    is 1 - ₂F₁(A, a - 1; c; -s) (Pfaff), which expands either way as
 *    Σ_{k≥1} (1 - z)^κ (κ)_k z^k/k! · [1 - Π_{j<k} (1 - λ/(c + j))] with (κ, λ) = (A, a - 1) or
 *    (a - 1, A). Both give
 *
 *      Q = A Σ_{k≥1} W_k Γ_k,  W_k = e^(-κℓ) (κ + 1)_{k-1} z^k/k!,  Γ_k = c [1 - Π_{j<k} (1 - λ/(c + j))] / λ,
 *
 *    positive terms, with 1 - Π from expm1 of a sum of log1p (no 0/0 at a = 1 either). With
 *    κ = a - 1 it takes about (40 + ℓ)(1 + s) terms whatever the frequency; with κ = A, A·s more (it
 *    serves where A > 1.5c, which would turn the other's product negative, or where a is large).
 * 2. Beyond s = 9 the sums grow long. Where c is large next to A·a·s (a large b), a power series
 *    in s whose terms alternate and bound its error (powerSeries).
 * 3. Otherwise the closed form, where it is accurate (closedForm); else the sums up to 4,000,000
 *    terms (s up to about 40,000); else NaN, which the callers report as out of range.
 */

/** Beyond this s (z above 0.9) the sums over k take more than some 400 terms. */
const SLOW_SUMS = 9;
/** The most terms a sum may take (some 150 ms) when no faster form is accurate. */
const MAX_SUM_TERMS = 4_000_000;
/**
 * Weights above this are scaled down by it (2^600, so exactly) to stay finite. A literal: `2 ** 600`
 * would be kept in every function's bundle (esbuild does not treat `**` as free of side effects).
 */
const SCALE = 4.149515568880993e180;

/** Q (see above) for A, B > 0, a > 0, c = a + B - 1 (> -1) and s ≥ 0; NaN if no form can give it. */
function purchasesWhileAlive(A: number, a: number, B: number, c: number, s: number): number {
  if (s > SLOW_SUMS) {
    const faster = powerSeries(A, a, c, s) ?? closedForm(A, a, B, c, s);
    if (faster !== undefined) return faster;
  }
  const sum = cheaperSum(A, a, B, c, s);
  return sum.terms <= MAX_SUM_TERMS ? sum.value() : Number.NaN;
}

/** A function giving Γ₁, Γ₂, ... on successive calls. */
type Gains = () => number;

/**
 * The cheaper of the two sums over k (see above), with a bound on its terms (about κ·s to pass the
 * weights' mode, then enough for them to fall by 1e-17 at the rate z; with a margin): the one
 * with κ = a - 1 only where c > 0 and A ≤ 1.5c.
 */
function cheaperSum(A: number, a: number, B: number, c: number, s: number): { terms: number; value: () => number } {
  const eps = a - 1;
  const z = s / (1 + s);
  const l = Math.log1p(s);
  const terms = (kappa: number): number => 2 * (Math.max(kappa, 0) * s + (40 + l) * (1 + s)) + 100;
  if (c > 0 && A <= 1.5 * c && terms(eps) <= terms(A)) {
    return { terms: terms(eps), value: () => mixture(A, eps, z, l, A < c ? logGains(A, c) : productGains(A, c)) };
  }
  const gains = (): Gains => (c > B / 2 ? logGains(eps, c) : pochhammerGains(B, c, eps));
  return { terms: terms(A), value: () => mixture(A, A, z, l, gains()) };
}

/**
 * A Σ_{k≥1} W_k Γ_k with W_k = e^(-κℓ) (κ + 1)_{k-1} z^k/k!, summed until the rest is below half an
 * ulp of the sum: with the weights' ratio bounded by q < 1 from k on and Γ_j ≤ 3 Γ_k j/k (Γ is
 * concave in k, or within [1/2, 3/2] c/λ), the rest is at most 3 W_k Γ_k q/(1 - q) (1 + 1/(k(1 - q))).
 * The weights are carried as W_k e^(κℓ) (over a power of two), and e^(-κℓ) applied at the end, so
 * that none underflows before the mode. For z < 1 the weights fall and the loop ends.
 */
function mixture(A: number, kappa: number, z: number, l: number, gains: Gains): number {
  let weight = z;
  let sum = 0;
  let scaled = 0;
  for (let k = 1; ; k++) {
    const term = weight * gains();
    sum += term;
    const ratio = ((kappa + k) * z) / (k + 1);
    const q = Math.max(ratio, z);
    if (q < 1 && ((3 * term * q) / (1 - q)) * (1 + 1 / (k * (1 - q))) <= (Number.EPSILON / 2) * sum) {
      return A * sum * Math.exp(scaled * Math.log(SCALE) - kappa * l);
    }
    weight *= ratio;
    if (weight > SCALE) {
      weight /= SCALE;
      sum /= SCALE;
      scaled++;
    }
  }
}

/**
 * Γ_k = c [1 - Π_{j<k} (1 - λ/(c + j))] / λ for c > 0 and λ < c, as S_k·(e^(-μ S_k) - 1)/(-μ S_k)
 * with μ = λ/c and S_k = Σ_{j<k} c/(c + j) · ln(1 - λ/(c + j)) / (-λ/(c + j)): no subtraction,
 * no division by a λ that may be 0 or tiny.
 */
function logGains(lambda: number, c: number): Gains {
  const mu = lambda / c;
  let j = 0;
  let sum = 0;
  return () => {
    const u = lambda / (c + j);
    sum += (c / (c + j)) * (u === 0 ? 1 : Math.log1p(-u) / -u);
    j++;
    const y = -mu * sum;
    return y === 0 ? sum : (sum * Math.expm1(y)) / y;
  };
}

/**
 * Γ_k for λ = A with c < A ≤ 1.5c: R_k = Π_{j<k} (1 - A/(c + j)) has |R_k| ≤ 1/2 (its first factor
 * is in [-1/2, 0), the others in (-1, 1)), so (1 - R_k) c/A loses nothing.
 */
function productGains(A: number, c: number): Gains {
  let j = 0;
  let product = 1;
  return () => {
    product *= 1 - A / (c + j);
    j++;
    return ((1 - product) * c) / A;
  };
}

/**
 * Γ_k for λ = a - 1 when c ≤ B/2 (so a - 1 ≤ -B/2 < 0, and c may be 0 or negative):
 * (c - ρ_k)/(a - 1) with ρ_k = (B)_k / (c + 1)_{k-1} ≥ B ≥ 2c, so c - ρ_k loses nothing.
 */
function pochhammerGains(B: number, c: number, eps: number): Gains {
  let k = 1;
  let rho = B;
  return () => {
    const gain = (c - rho) / eps;
    rho *= (B + k) / (c + k);
    k++;
    return gain;
  };
}

/**
 * Q = A s Σ_j (A + 1)_j (a)_j / ((c + 1)_j (j + 1)!) (-s)^j = A s E[(1 + p s v)^(-A-1)] with
 * p ~ Beta(a, B), v ~ U(0, 1): the Taylor series of a completely monotone function, so its terms
 * alternate and the error of a partial sum is below the first term left out, for any s (for s ≥ 1
 * an asymptotic series in s/c). Used while the terms fall: `undefined` if the first ratio is above
 * 1/2 (the sum would lose digits) or the terms stop falling before they are below 1/4 ulp of it.
 */
function powerSeries(A: number, a: number, c: number, s: number): number | undefined {
  let term = 1;
  let sum = 1;
  // For s > 1 the ratio tends to s: the terms either fall below the bound or start to grow.
  for (let j = 0; ; j++) {
    const ratio = ((A + 1 + j) * (a + j) * s) / ((c + 1 + j) * (j + 2));
    if (ratio >= (j === 0 ? 0.5 : 1)) return undefined;
    term *= -ratio;
    sum += term;
    if (Math.abs(term) <= (Number.EPSILON / 4) * sum) return A * s * sum;
  }
}

/**
 * Q by the closed form for z = s/(1 + s) above 0.9, with ₂F₁ by the connection formula in
 * w = 1 - z = 1/(1 + s) (taken as such, not from z); `undefined` unless accurate: a bracket of 1/8
 * or more in size (at most 3 bits lost to the subtraction), A at most 1000 (the power
 * (1 + s)^(-A) loses fewer than 10 bits) and A, B at most 2(1 + s) (the series in w do not grow).
 */
function closedForm(A: number, a: number, B: number, c: number, s: number): number | undefined {
  if (!(A <= 1000 && Math.max(A, B) <= 2 * (1 + s))) return undefined;
  const bracket = 1 - Math.exp(-A * Math.log1p(s)) * hypergeometric2F1NearOne(A, B, c, 1 / (1 + s));
  return Math.abs(bracket) >= 1 / 8 ? (c / (a - 1)) * bracket : undefined;
}
