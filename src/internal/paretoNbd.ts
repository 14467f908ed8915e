import type { Histories } from "./customerHistories.js";
import { hypergeometric2F1, logGamma } from "./specialFunctions.js";

/**
 * The Pareto/NBD model of Schmittlein, Morrison and Colombo, "Counting Your Customers: Who Are
 * They and What Will They Do Next?", Management Science 33(1), 1987: purchases at Poisson rate
 * λ ~ Gamma(r, α) while alive, an exponential lifetime of rate μ ~ Gamma(s, β). Likelihood as in
 * Fader and Hardie, "A Note on Implementing the Pareto/NBD Model in MATLAB", 2005 (with 2F1).
 */

/**
 * The two parts of one history's likelihood, on the log scale, without the factor
 * Γ(r + x)αʳβˢ/Γ(r) (Fader and Hardie's note, equations (1)-(3)):
 * `alive` = ln[1/((α + T)^(r+x) (β + T)^s)], the customer alive at T; and
 * `died` = ln[s/(r + s + x) · A₀], A₀ the integral over a death between tₓ and T, written with
 * ₂F₁(r + s + x, s + 1; r + s + x + 1; (α - β)/(α + t)) / (α + t)^(r+s+x) at t = tₓ minus the
 * same at t = T when α ≥ β, or ₂F₁(r + s + x, r + x; r + s + x + 1; (β - α)/(β + t)) / (β + t)^(r+s+x)
 * when α < β, so that the argument lies in [0, 1). `died` is -∞ when tₓ = T.
 */
export function paretoNbdParts(
  theta: readonly number[],
  x: number,
  tx: number,
  age: number,
): { alive: number; died: number } {
  return { alive: paretoNbdLogAlive(theta, x, age), died: paretoNbdLogDied(theta, x, tx, age) };
}

/** The `alive` part of {@link paretoNbdParts}. */
function paretoNbdLogAlive(theta: readonly number[], x: number, age: number): number {
  return -(theta[0]! + x) * Math.log(theta[1]! + age) - theta[2]! * Math.log(theta[3]! + age);
}

/** The `died` part of {@link paretoNbdParts}. */
function paretoNbdLogDied(theta: readonly number[], x: number, tx: number, age: number): number {
  const r = theta[0]!;
  const alpha = theta[1]!;
  const s = theta[2]!;
  const beta = theta[3]!;
  const c = r + s + x;
  const larger = Math.max(alpha, beta);
  const gap = Math.abs(alpha - beta);
  const second = alpha >= beta ? s + 1 : r + x;
  const atRecency = Math.log(hypergeometric2F1(c, second, c + 1, gap / (larger + tx))) - c * Math.log(larger + tx);
  const atAge = Math.log(hypergeometric2F1(c, second, c + 1, gap / (larger + age))) - c * Math.log(larger + age);
  // A₀ = e^atRecency - e^atAge = e^atRecency · (-expm1(atAge - atRecency)), without cancellation.
  // A₀ is 0 when tₓ = T, and positive when tₓ < T; with tₓ within rounding of T the two terms
  // can come out in the wrong order, and A₀ is then taken as 0 (its true size is below rounding).
  const difference = atAge - atRecency;
  return difference >= 0 ? -Infinity : Math.log(s / c) + atRecency + Math.log(-Math.expm1(difference));
}

/** ln(e^p + e^q) for finite p (q may be -∞). */
function logSumExp(p: number, q: number): number {
  const m = Math.max(p, q);
  return m + Math.log(Math.exp(p - m) + Math.exp(q - m));
}

/** The log-likelihood summed over the histories with their counts (the note's equation (1)). */
export function paretoNbdLogLikelihood(theta: readonly number[], h: Histories): number {
  const [r, alpha, s, beta] = theta as [number, number, number, number];
  const constant = -logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  let value = 0;
  let x = -1;
  let logGammaRX = 0;
  for (let i = 0; i < h.count.length; i++) {
    if (h.frequency[i] !== x) {
      x = h.frequency[i]!;
      logGammaRX = logGamma(r + x);
    }
    const age = h.age[i]!;
    const died = paretoNbdLogDied(theta, x, h.recency[i]!, age);
    value += h.count[i]! * (constant + logGammaRX + logSumExp(paretoNbdLogAlive(theta, x, age), died));
  }
  return value;
}

/**
 * [1 - (base/(base + t))^(s-1)] / (s - 1), the factor of both Pareto/NBD expectations, with its
 * limit ln(1 + t/base) at s = 1 and no cancellation near it: -expm1(-(s - 1) u)/(s - 1) with
 * u = ln(1 + t/base).
 */
export function paretoNbdHorizon(s: number, base: number, t: number): number {
  const u = Math.log1p(t / base);
  return s === 1 ? u : -Math.expm1(-(s - 1) * u) / (s - 1);
}
