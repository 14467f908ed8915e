// The beta-geometric/beta-Bernoulli (BG/BB) model of Fader, Hardie and Shang, "Customer-Base
// Analysis in a Discrete-Time Noncontractual Setting", Marketing Science 29(6), 2010: at each of
// n transaction opportunities a living customer buys with probability p ~ Beta(α, β) and, before
// each opportunity, drops out for good with probability θ ~ Beta(γ, δ).
import { fail } from "./fail.js";
import { readModel } from "./modelParameters.js";
import { readNumber, readRecord } from "./readers.js";
import { digamma, logBeta } from "./specialFunctions.js";

/** α, β, γ, δ, in that order. */
export type BgBbVector = readonly [number, number, number, number];

/** A customer's history: x purchases, the last at opportunity tₓ, of n opportunities. */
export interface BgBbHistory {
  readonly frequency: number;
  readonly recency: number;
  readonly periods: number;
}

/** Reads `model.alpha` ... `model.delta`, each a positive finite number (other fields allowed). */
export function readBgBbModel(metric: string, model: unknown): BgBbVector {
  return readModel(metric, model, ["alpha", "beta", "gamma", "delta"]) as [number, number, number, number];
}

/**
 * The sum Σ_{i=1}^{m} B(γ, δ+n+i)/B(γ, δ+n), the expected number of the opportunities n+1 ... n+m
 * a customer alive at n is still alive at, by the recurrence B(γ, δ+h+1) = B(γ, δ+h) (δ+h)/(γ+δ+h),
 * so that it stays finite at γ = 1, where the paper's closed form divides by zero.
 */
export function aliveOpportunities(g: number, d: number, n: number, m: number): number {
  let ratio = 1;
  let sum = 0;
  for (let i = 1; i <= m; i++) {
    ratio *= (d + n + i - 1) / (g + d + n + i - 1);
    sum += ratio;
  }
  return sum;
}

/**
 * The likelihood takes one term per opportunity after the last transaction, and a forecast one
 * step per future opportunity: a million is 2,700 years of days. (A history of 10^9 opportunities
 * was a 10^9-term sum, which ran out of memory.)
 */
const PERIODS = {
  min: 0,
  max: 1_000_000,
  integer: true,
  noun: "a whole number",
  belowCode: "negative",
} as const;

/** `options.periods` of a BG/BB forecast: a whole number of opportunities from 0 to 1,000,000. */
export function readFuturePeriods(metric: string, options: unknown): number {
  const record = readRecord(metric, "options", options, ["periods"]);
  return readNumber(metric, "options.periods", record["periods"], PERIODS);
}

/**
 * Reads `frequency`, `recency` and `periods` from a record whose fields are named relative to
 * `prefix`: whole numbers with 0 ≤ x ≤ tₓ ≤ n ≤ 1,000,000, tₓ = 0 exactly when x = 0.
 */
export function readBgBbHistory(
  metric: string,
  prefix: string,
  record: Readonly<Record<string, unknown>>,
): BgBbHistory {
  const periods = readNumber(metric, `${prefix}periods`, record["periods"], PERIODS);
  const rule = { min: 0, max: periods, integer: true, noun: "a whole number", belowCode: "negative" } as const;
  const frequency = readNumber(metric, `${prefix}frequency`, record["frequency"], rule);
  const recency = readNumber(metric, `${prefix}recency`, record["recency"], rule);
  if (recency < frequency || (frequency === 0) !== (recency === 0)) {
    fail({
      code: "inconsistent",
      metric,
      field: `${prefix}recency`,
      expected: `0 with no purchase, otherwise from frequency (${frequency}) to periods (${periods})`,
      received: recency,
    });
  }
  return { frequency, recency, periods };
}

/**
 * ln P(x, tₓ, n | α, β, γ, δ), Fader, Hardie and Shang (2010), equation (5):
 *
 * L = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)
 *   + Σ_{i=0}^{n−tₓ−1} B(α+x, β+tₓ−x+i)/B(α, β) · B(γ+1, δ+tₓ+i)/B(γ, δ),
 *
 * the first term for a customer alive through all n opportunities, each other for one who
 * dropped out just after opportunity tₓ + i. Summed in logarithms, from the largest term.
 * With `gradient`, also writes ∂ ln L / ∂(α, β, γ, δ) into it.
 */
export function bgBbLogLikelihood(theta: BgBbVector, h: BgBbHistory, gradient?: number[]): number {
  const [a, b, g, d] = theta;
  const { frequency: x, recency: tx, periods: n } = h;
  const base = -logBeta(a, b) - logBeta(g, d);
  const terms = n - tx + 1;
  const logs = new Array<number>(terms);
  // Term 0: alive throughout (β side n − x, dropout side γ + 0, δ + n); term j ≥ 1: dropped out
  // after opportunity tₓ + j − 1 (β side tₓ − x + j − 1, dropout side γ + 1, δ + tₓ + j − 1).
  const betaSide = (j: number): number => (j === 0 ? n - x : tx - x + j - 1);
  const gammaShift = (j: number): number => (j === 0 ? 0 : 1);
  const deltaSide = (j: number): number => (j === 0 ? n : tx + j - 1);
  let largest = -Infinity;
  for (let j = 0; j < terms; j++) {
    logs[j] = base + logBeta(a + x, b + betaSide(j)) + logBeta(g + gammaShift(j), d + deltaSide(j));
    largest = Math.max(largest, logs[j]!);
  }
  let sum = 0;
  for (let j = 0; j < terms; j++) sum += Math.exp(logs[j]! - largest);
  const logL = largest + Math.log(sum);
  if (gradient !== undefined) {
    const ab = digamma(a + b) - digamma(a) - digamma(b);
    const gd = digamma(g + d) - digamma(g) - digamma(d);
    gradient.fill(0);
    for (let j = 0; j < terms; j++) {
      const weight = Math.exp(logs[j]! - logL);
      const y = betaSide(j);
      const k = gammaShift(j);
      const m = deltaSide(j);
      const purchases = digamma(a + b + x + y);
      const dropout = digamma(g + d + k + m);
      gradient[0]! += weight * (digamma(a + x) - purchases + ab + digamma(b));
      gradient[1]! += weight * (digamma(b + y) - purchases + ab + digamma(a));
      gradient[2]! += weight * (digamma(g + k) - dropout + gd + digamma(d));
      gradient[3]! += weight * (digamma(d + m) - dropout + gd + digamma(g));
    }
  }
  return logL;
}
