// The standard normal distribution: quantile and distribution function, accurate to a relative
// error below 1e-12 over the probabilities the statistics functions use.

/**
 * Where the distribution function switches method: above it the Taylor series of
 * {@link centralDifference}, at or below it the continued fraction of {@link lowerTail}. At -3
 * the series needs about 40 terms and the continued fraction about 160; both are then accurate
 * to the rounding of doubles.
 */
const SERIES_FLOOR = -3;

/** The standard normal density, exp(-x^2 / 2) / sqrt(2 pi). */
function density(x: number): number {
  // x split into a short head (exact square) and a small tail, so the rounding of x * x does not
  // grow into the exponential's relative error in the far tail (the splitting W. J. Cody uses
  // in his erfc routines).
  const head = Math.trunc(x * 16) / 16;
  return (Math.exp(-0.5 * head * head) * Math.exp(-0.5 * (x - head) * (x + head))) / Math.sqrt(2 * Math.PI);
}

/**
 * `P(Z <= x) - 1/2` for x above {@link SERIES_FLOOR}, by the Taylor series
 * `phi(x) * (x + x^3/3 + x^5/(3*5) + ...)` (Marsaglia, "Evaluating the Normal Distribution",
 * Journal of Statistical Software 11(4), 2004), summed until a term no longer changes the sum.
 * Its relative error stays near the rounding of doubles even as x nears 0.
 */
function centralDifference(x: number, phi: number): number {
  let term = x;
  let sum = x;
  for (let k = 3; sum + term !== sum; k += 2) {
    term *= (x * x) / k;
    sum += term;
  }
  return phi * sum;
}

/**
 * `P(Z <= x)` for x at or below {@link SERIES_FLOOR}, by Laplace's continued fraction for the
 * Mills ratio, `phi(x) / (t + 1/(t + 2/(t + 3/(t + ...))))` with t = -x, evaluated from the tail
 * back with enough terms for full precision at t >= 3.
 */
function lowerTail(x: number, phi: number): number {
  const t = -x;
  let fraction = t;
  for (let k = Math.ceil(60 + 900 / (t * t)); k > 0; k--) fraction = t + k / fraction;
  return phi / fraction;
}

/**
 * The standard normal quantile: the z with P(Z <= z) = p, for 0 < p < 1. Below 1/2 (above by
 * symmetry, `1 - p` being exact there), Hastings' rational approximation (Abramowitz and Stegun,
 * Handbook of Mathematical Functions, 1964, 26.2.23: absolute error below 4.5e-4) followed by
 * three Newton steps on `P(Z <= z) = p`, `z -= (P(Z <= z) - p) / phi(z)`. Each step squares the
 * error times at most |z| / 2 (under 19 down to p = 1e-300), so the third leaves only the
 * rounding of the distribution function, whose relative accuracy carries over to z. Above the
 * series floor the residual is taken as `(P(Z <= z) - 1/2) - (p - 1/2)`, so small quantiles keep
 * their relative accuracy too. The tests compare it with Wichura's AS 241 over (1e-300, 1 - 1e-16).
 */
export function normalQuantile(p: number): number {
  if (p > 0.5) return -normalQuantile(1 - p);
  const t = Math.sqrt(-2 * Math.log(p));
  let z = (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))) - t;
  for (let step = 0; step < 3; step++) {
    const phi = density(z);
    const residual = z > SERIES_FLOOR ? centralDifference(z, phi) - (p - 0.5) : lowerTail(z, phi) - p;
    z -= residual / phi;
  }
  return z;
}

/** The standard normal distribution function P(Z <= x); above 0 by symmetry. */
export function normalCdf(x: number): number {
  if (x > 0) return 1 - normalCdf(-x);
  const phi = density(x);
  return x > SERIES_FLOOR ? 0.5 + centralDifference(x, phi) : lowerTail(x, phi);
}

/**
 * The two-sided critical value for a confidence level: z with P(|Z| <= z) = confidence. From the
 * quantile at `(1 - confidence) / 2` for levels of 1/2 and more; below, where that probability
 * rounds towards 1/2 and would lose the level's digits (to z = 0 at levels under 1e-16), by
 * Newton's method on `P(0 < Z <= z) = confidence / 2` from the series' first term
 * `z = confidence * sqrt(pi / 2)`, which keeps full relative precision down to the smallest level.
 */
export function criticalValue(confidence: number): number {
  if (confidence >= 0.5) return -normalQuantile((1 - confidence) / 2);
  let z = confidence * Math.sqrt(Math.PI / 2);
  for (let step = 0; step < 4; step++) {
    const phi = density(z);
    z -= (centralDifference(z, phi) - confidence / 2) / phi;
  }
  return z;
}
