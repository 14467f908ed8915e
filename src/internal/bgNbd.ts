import type { Histories } from "./customerHistories.js";
import { digamma, hypergeometric2F1, logBeta, logGamma } from "./specialFunctions.js";

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
  return Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
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
  return awayFromOne(a, (aa) => {
    const bracket = 1 - (alpha / (alpha + t)) ** r * hypergeometric2F1(r, b, aa + b - 1, t / (alpha + t));
    return ((aa + b - 1) / (aa - 1)) * bracket;
  });
}

/**
 * E[Y(t) | x, tₓ, T], FHL (2005) equation (10):
 * (a + b + x - 1)/(a - 1) [1 - ((α + T)/(α + T + t))^(r+x) ₂F₁(r + x, b + x; a + b + x - 1; t/(α + T + t))]
 * / (1 + δ a/(b + x - 1) ((α + T)/(α + tₓ))^(r+x)).
 */
export function bgNbdConditional(theta: readonly number[], x: number, tx: number, age: number, t: number): number {
  const [r, alpha, a, b] = theta as [number, number, number, number];
  const alive = 1 / (1 + Math.exp(bgNbdLogDeathOdds(theta, x, tx, age)));
  const z = t / (alpha + age + t);
  return (
    awayFromOne(a, (aa) => {
      const f = hypergeometric2F1(r + x, b + x, aa + b + x - 1, z);
      const bracket = 1 - ((alpha + age) / (alpha + age + t)) ** (r + x) * f;
      return ((aa + b + x - 1) / (aa - 1)) * bracket;
    }) * alive
  );
}

/**
 * The expectations have a removable singularity at a = 1 (both the factor 1/(a - 1) and the
 * bracket vanish there); within 1e-6 of 1 they are taken as the mean of the values at 1 ± 1e-6,
 * which differs from the limit by O(1e-12) relative.
 */
function awayFromOne(a: number, f: (a: number) => number): number {
  const gap = 1e-6;
  return Math.abs(a - 1) < gap ? (f(1 - gap) + f(1 + gap)) / 2 : f(a);
}
