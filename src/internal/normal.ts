// The standard normal distribution: quantile and distribution function, accurate to a relative
// error below 1e-12 over the probabilities the statistics functions use.

/** The standard normal density, exp(-x^2 / 2) / sqrt(2 pi). */
function density(x: number): number {
  // x split into a short head (exact square) and a small tail, so the rounding of x * x does not
  // grow into the exponential's relative error in the far tail (the splitting W. J. Cody uses
  // in his erfc routines).
  const head = Math.trunc(x * 16) / 16;
  return (Math.exp(-0.5 * head * head) * Math.exp(-0.5 * (x - head) * (x + head))) / Math.sqrt(2 * Math.PI);
}

/**
 * For -3 < x < 3, `P(Z <= x) - 1/2` by the Taylor series `phi(x) * (x + x^3/3 + x^5/(3*5) + ...)`
 * (Marsaglia, "Evaluating the Normal Distribution", Journal of Statistical Software 11(4),
 * 2004); for x <= -3, `P(Z <= x)` by Laplace's continued fraction for the Mills ratio,
 * `phi(x) / (t + 1/(t + 2/(t + 3/(t + ...))))` with t = -x, evaluated from the tail back. Both
 * keep their relative error near the rounding of doubles, the first even as x nears 0.
 */
function part(x: number, phi: number): number {
  if (x > -3) {
    let term = x;
    let sum = x;
    for (let k = 3; sum + term !== sum; k += 2) {
      term *= (x * x) / k;
      sum += term;
    }
    return phi * sum;
  }
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
 * rounding of the distribution function, whose relative accuracy carries over to z; near the
 * centre the residual is taken as `(P(Z <= z) - 1/2) - (p - 1/2)`, so small quantiles keep
 * their relative accuracy too. The tests compare it with Wichura's AS 241 over (1e-300, 1 - 1e-16).
 */
export function normalQuantile(p: number): number {
  if (p > 0.5) return -normalQuantile(1 - p);
  const t = Math.sqrt(-2 * Math.log(p));
  let z = (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))) - t;
  for (let k = 0; k < 3; k++) {
    const phi = density(z);
    z -= (part(z, phi) - (z > -3 ? p - 0.5 : p)) / phi;
  }
  return z;
}

/**
 * The standard normal distribution function P(Z <= x): the series of {@link part} for -3 < x <= 0
 * plus 1/2, its continued fraction below -3, and above 0 by symmetry.
 */
export function normalCdf(x: number): number {
  if (x > 0) return 1 - normalCdf(-x);
  const p = part(x, density(x));
  return x > -3 ? 0.5 + p : p;
}

/** The two-sided critical value for a confidence level: z with P(|Z| <= z) = confidence. */
export function criticalValue(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}
