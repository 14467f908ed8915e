import { describe, expect, it } from "vitest";
import { bgBbExpectedPurchases, bgBbNewCustomerPurchases, bgBbProbabilityAlive, fitBgBb } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { donations } from "./cdnow.js";

// Reference values, computed independently with scipy 1.17 and mpmath 1.3 from a Python
// likelihood written from the paper (Fader, Hardie and Shang 2010, equation 5), not from this code:
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
// SCIPY. Predictions: the paper's closed forms, equations (11) to (13), in mpmath at EXACT ≈ SCIPY.
const SCIPY = {
  alpha: 1.2035221778578544,
  beta: 0.7497162747039029,
  gamma: 0.6567182761080632,
  delta: 2.783442635076241,
};
const EXACT = {
  alpha: 1.2035223516019139,
  beta: 0.74971635817293889,
  gamma: 0.65671820844183243,
  delta: 2.7834422325773807,
};
const EXACT_LOG_LIKELIHOOD = -33225.581274347007;
const SE = {
  alpha: 0.06939133789227053,
  beta: 0.029447707686408493,
  gamma: 0.05100986513606014,
  delta: 0.32081903356254665,
};

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe("fitBgBb on the donation data", () => {
  const fit = fitBgBb(donations())!;

  it("reproduces the paper's estimates: alpha 1.204, beta 0.750, gamma 0.657, delta 2.783, LL -33,225.6", () => {
    // Fader, Hardie and Shang (2010), Marketing Science 29(6), section 4 (the donations data).
    expect(fit.converged).toBe(true);
    expect(fit.alpha.toFixed(3)).toBe("1.204");
    expect(fit.beta.toFixed(3)).toBe("0.750");
    expect(fit.gamma.toFixed(3)).toBe("0.657");
    expect(fit.delta.toFixed(3)).toBe("2.783");
    expect(fit.logLikelihood.toFixed(1)).toBe("-33225.6");
    expect(fit.customers).toBe(11104);
    expect(fit.iterations).toBeGreaterThan(0);
  });

  it("agrees with scipy to 1e-6 and with the exact optimum to 3e-7, relative", () => {
    for (const k of ["alpha", "beta", "gamma", "delta"] as const) {
      expect(relative(fit[k], SCIPY[k]), k).toBeLessThan(1e-6);
      expect(relative(fit[k], EXACT[k]), k).toBeLessThan(3e-7);
    }
    expect(relative(fit.logLikelihood, EXACT_LOG_LIKELIHOOD)).toBeLessThan(1e-13);
  });

  it("gives standard errors equal to those of mpmath's Hessian to 1e-4, relative", () => {
    for (const k of ["alpha", "beta", "gamma", "delta"] as const) {
      expect(relative(fit.standardErrors![k], SE[k]), k).toBeLessThan(1e-4);
    }
  });

  it("returns undefined without customers", () => {
    expect(fitBgBb([])).toBeUndefined();
    expect(fitBgBb([{ frequency: 1, recency: 2, periods: 3, count: 0 }])).toBeUndefined();
  });

  it("counts a row without count as one customer", () => {
    expect(
      fitBgBb([
        { frequency: 1, recency: 2, periods: 3 },
        { frequency: 0, recency: 0, periods: 3 },
      ])?.customers,
    ).toBe(2);
  });

  it("says converged: false rather than return a silent point, with no standard errors", () => {
    // Everyone transacts at every opportunity: the likelihood keeps rising towards beta = 0 (the
    // gradient vanishes on the way, but the information matrix is singular there).
    const fit = fitBgBb([{ frequency: 6, recency: 6, periods: 6, count: 100 }])!;
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeUndefined();
  });
});

describe("BG/BB predictions", () => {
  // mpmath, closed forms of Fader, Hardie and Shang (2010), eq. (11) for P(alive at n+1) and
  // eq. (13) for E[X(n, n+n*)], at the estimates above; eq. (12) for a new customer's E[X(n*)].
  const cases = [
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
  const newCustomer = [0.49854268748389063, 1.9381374700798082, 3.1798289828496915];
  const horizons = [1, 5, 10];

  it("gives the probability of being alive at the next opportunity of the paper's closed form", () => {
    for (const c of cases) {
      const p = bgBbProbabilityAlive(EXACT, { frequency: c.x, recency: c.tx, periods: c.n });
      expect(relative(p, c.alive), `${c.x} ${c.tx}`).toBeLessThan(1e-6);
    }
  });

  it("gives the expected transactions in the next 1, 5 and 10 opportunities of the paper's closed form", () => {
    for (const c of cases) {
      horizons.forEach((futurePeriods, k) => {
        const e = bgBbExpectedPurchases(
          EXACT,
          { frequency: c.x, recency: c.tx, periods: c.n },
          { periods: futurePeriods },
        );
        expect(relative(e, c.expected[k]!), `${c.x} ${c.tx} ${futurePeriods}`).toBeLessThan(1e-6);
      });
    }
  });

  it("gives a new customer's expected transactions of the paper's equation (12)", () => {
    horizons.forEach((periods, k) => {
      expect(relative(bgBbNewCustomerPurchases(EXACT, { periods }), newCustomer[k]!)).toBeLessThan(1e-6);
      // a customer with no opportunity observed yet is a new customer
      const unobserved = bgBbExpectedPurchases(EXACT, { frequency: 0, recency: 0, periods: 0 }, { periods });
      expect(relative(unobserved, newCustomer[k]!)).toBeLessThan(1e-6);
    });
  });

  it("takes a fit as the model, its extra fields ignored", () => {
    const fit = fitBgBb(donations())!;
    const customer = { frequency: 3, recency: 5, periods: 6 };
    const { alpha, beta, gamma, delta } = fit;
    expect(bgBbProbabilityAlive(fit, customer)).toBe(bgBbProbabilityAlive({ alpha, beta, gamma, delta }, customer));
  });

  it("expects no transactions over no future opportunities", () => {
    expect(bgBbExpectedPurchases(EXACT, { frequency: 3, recency: 5, periods: 6 }, { periods: 0 })).toBe(0);
    expect(bgBbNewCustomerPurchases(EXACT, { periods: 0 })).toBe(0);
  });

  it("stays finite at gamma = 1, where the paper's closed form divides by zero", () => {
    // With gamma = 1 the terms B(1, d+i)/B(1, d) are d/(d+i): the sum is finite.
    const e = bgBbNewCustomerPurchases({ ...EXACT, gamma: 1 }, { periods: 3 });
    const d = EXACT.delta;
    const p = EXACT.alpha / (EXACT.alpha + EXACT.beta);
    expect(e).toBeCloseTo(p * (d / (d + 1) + d / (d + 2) + d / (d + 3)), 14);
  });

  it("is certain a customer is alive with no dropout to speak of and a perfect record", () => {
    const p = bgBbProbabilityAlive(
      { alpha: 1, beta: 1, gamma: 1e-9, delta: 1e9 },
      { frequency: 6, recency: 6, periods: 6 },
    );
    expect(p).toBeLessThanOrEqual(1);
    expect(p).toBeCloseTo(1, 6);
  });
});

describe("BG/BB bad data", () => {
  const customer = { frequency: 1, recency: 2, periods: 3 };

  it("names the row and field at fault in fitBgBb", () => {
    expectCxError(() => fitBgBb(3 as never), { code: "wrong-type", field: "rows", metric: "fitBgBb" });
    expectCxError(() => fitBgBb([customer, { ...customer, periods: -1 }]), {
      code: "negative",
      field: "rows[1].periods",
    });
    expectCxError(() => fitBgBb([{ ...customer, frequency: 1.5 }]), {
      code: "not-integer",
      field: "rows[0].frequency",
    });
    expectCxError(() => fitBgBb([{ ...customer, frequency: 4 }]), { code: "out-of-range", field: "rows[0].frequency" });
    expectCxError(() => fitBgBb([{ ...customer, recency: 4 }]), { code: "out-of-range", field: "rows[0].recency" });
    expectCxError(() => fitBgBb([{ ...customer, count: -2 }]), { code: "negative", field: "rows[0].count" });
    expectCxError(() => fitBgBb([{ ...customer, weights: 2 }] as never), {
      code: "unknown-field",
      field: "rows[0].weights",
    });
  });

  it("rejects histories that cannot happen as inconsistent", () => {
    expectCxError(() => fitBgBb([{ frequency: 2, recency: 1, periods: 3 }]), {
      code: "inconsistent",
      field: "rows[0].recency",
    });
    expectCxError(() => fitBgBb([{ frequency: 0, recency: 1, periods: 3 }]), {
      code: "inconsistent",
      field: "rows[0].recency",
    });
  });

  it("names the model parameter, customer field or option at fault in the predictions", () => {
    expectCxError(() => bgBbProbabilityAlive({ ...EXACT, gamma: 0 }, customer), {
      code: "out-of-range",
      field: "model.gamma",
      metric: "bgBbProbabilityAlive",
    });
    expectCxError(() => bgBbProbabilityAlive({ alpha: 1, beta: 1, gamma: 1 } as never, customer), {
      code: "wrong-type",
      field: "model.delta",
    });
    expectCxError(() => bgBbProbabilityAlive(EXACT, { ...customer, recency: Number.NaN }), {
      code: "not-a-number",
      field: "customer.recency",
    });
    expectCxError(() => bgBbProbabilityAlive(EXACT, { ...customer, age: 3 } as never), {
      code: "unknown-field",
      field: "customer.age",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, { periods: -1 }), {
      code: "negative",
      field: "options.periods",
      metric: "bgBbExpectedPurchases",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, { periods: 1_000_001 }), {
      code: "out-of-range",
      field: "options.periods",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, { periods: 2.5 }), {
      code: "not-integer",
      field: "options.periods",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, customer, undefined as never), {
      code: "wrong-type",
      field: "options",
    });
    expectCxError(() => bgBbExpectedPurchases(EXACT, { ...customer, frequency: 5 }, { periods: 1 }), {
      code: "out-of-range",
      field: "customer.frequency",
    });
    expectCxError(() => bgBbExpectedPurchases(null as never, customer, { periods: 1 }), {
      code: "wrong-type",
      field: "model",
    });
    expectCxError(() => bgBbNewCustomerPurchases(EXACT, { periods: -3 }), {
      code: "negative",
      field: "options.periods",
      metric: "bgBbNewCustomerPurchases",
    });
    expectCxError(() => bgBbNewCustomerPurchases({ ...EXACT, alpha: Number.POSITIVE_INFINITY }, { periods: 3 }), {
      code: "not-finite",
      field: "model.alpha",
    });
  });

  it("validates fitBgBb's options", () => {
    expectCxError(() => fitBgBb(donations(), { maxIterations: 0 }), {
      code: "out-of-range",
      field: "options.maxIterations",
      metric: "fitBgBb",
    });
    expectCxError(() => fitBgBb(donations(), { maxIteration: 5 } as never), {
      code: "unknown-field",
      field: "options.maxIteration",
    });
    const short = fitBgBb(donations(), { maxIterations: 2 })!;
    expect(short.converged).toBe(false);
    expect(short.iterations).toBe(2);
  });
});
