// Reference values for the BG/BB tests, computed independently with scipy 1.17 and mpmath 1.3 from
// a Python likelihood written from the paper (Fader, Hardie and Shang 2010, Marketing Science
// 29(6), equation 5), not from this code, on the donations fixture:
//
//   def row(p, x, tx, n):  # scipy.special.betaln, numpy.logaddexp
//       a, b, g, d = p
//       terms = [betaln(a+x, b+n-x) - betaln(a, b) + betaln(g, d+n) - betaln(g, d)]
//       terms += [betaln(a+x, b+tx-x+i) - betaln(a, b) + betaln(g+1, d+tx+i) - betaln(g, d) for i in range(n-tx)]
//       return np.logaddexp.reduce(terms)
//   f = lambda lp: -sum(w * row(np.exp(lp), x, tx, n) for x, tx, n, w in rows) / 11104
//   r = minimize(f, np.zeros(4), method="Nelder-Mead", options=dict(xatol=1e-13, fatol=1e-15, maxiter=80000))
//   r = minimize(f, r.x, method="BFGS", options=dict(gtol=1e-12))
//
// SCIPY is that optimum; EXACT is it polished by three Newton steps in mpmath at 30 digits
// (gradient and Hessian by mp.diff of the same likelihood in mp.beta), whose last step was 2e-26.
// SE: square roots of the diagonal of the inverse of -mp.diff's Hessian of the log-likelihood at
// SCIPY. Predictions: the paper's closed forms in mpmath at EXACT, equation (11) for P(alive at
// n+1), (13) for E[X(n, n+n*)] = 1/L · B(α+x+1, β+n−x)/B(α, β) · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ) ·
// [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)], and (12) for a new customer's E[X(n*)].
type Parameters = { alpha: number; beta: number; gamma: number; delta: number };
export const SCIPY: Parameters = {
  alpha: 1.2035221778578544,
  beta: 0.7497162747039029,
  gamma: 0.6567182761080632,
  delta: 2.783442635076241,
};
export const EXACT: Parameters = {
  alpha: 1.2035223516019139,
  beta: 0.74971635817293889,
  gamma: 0.65671820844183243,
  delta: 2.7834422325773807,
};
export const EXACT_LOG_LIKELIHOOD: number = -33225.581274347007;
export const SE: Parameters = {
  alpha: 0.06939133789227053,
  beta: 0.029447707686408493,
  gamma: 0.05100986513606014,
  delta: 0.32081903356254665,
};

/** Histories (x, tₓ, n) with P(alive at n+1) and E[X] over the next 1, 5 and 10 opportunities. */
export const CASES: { x: number; tx: number; n: number; alive: number; expected: number[] }[] = [
  {
    x: 3,
    tx: 5,
    n: 6,
    alive: 0.7668259865494875,
    expected: [0.4052902550633628, 1.8047028867025618, 3.2252838655743505],
  },
  {
    x: 0,
    tx: 0,
    n: 6,
    alive: 0.10813329764384531,
    expected: [0.016363249090985528, 0.07286334300270265, 0.1302180909167895],
  },
  {
    x: 6,
    tx: 6,
    n: 6,
    alive: 0.9304335718123182,
    expected: [0.8427257537355333, 3.752544211129225, 6.706378312013113],
  },
  {
    x: 1,
    tx: 1,
    n: 6,
    alive: 0.06946180983218854,
    expected: [0.019245070972324616, 0.08569570747048925, 0.15315151579247263],
  },
];
/** A new customer's E[X(n*)] for n* = 1, 5, 10. */
export const NEW_CUSTOMER: number[] = [0.49854268748389063, 1.9381374700798082, 3.1798289828496915];
export const HORIZONS: number[] = [1, 5, 10];

export const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
