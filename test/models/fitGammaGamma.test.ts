import { describe, expect, it } from "vitest";
import { fitGammaGamma, rfmSummary } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowTransactions } from "./cdnow.js";

// Reference values, computed independently with scipy 1.17 and mpmath 1.3 from a Python
// likelihood written from the paper (Fader, Hardie and Lee 2005, JMR, equation 3) and a Python
// summary of the raw log (same-day amounts summed, first day left out, to 1997-09-30):
//
//   def nll(lp):  # scipy.special.gammaln; x, z: the 946 repeat buyers' frequencies and mean values
//       p, q, g = np.exp(lp)
//       return -np.mean(gammaln(p*x+q) - gammaln(p*x) - gammaln(q) + q*np.log(g) + (p*x-1)*np.log(z)
//                       + p*x*np.log(x) - (p*x+q)*np.log(g+x*z))
//   r = minimize(nll, np.zeros(3), method="Nelder-Mead", options=dict(xatol=1e-13, fatol=1e-15, maxiter=80000))
//   r = minimize(nll, r.x, method="BFGS", options=dict(gtol=1e-12))
//
// EXACT: SCIPY polished by Newton steps in mpmath at 30 digits (last step 5e-22). SE: from the
// inverse of -mp.diff's Hessian of the log-likelihood (mp.loggamma) at SCIPY.
const SCIPY = { p: 6.249573851053164, q: 3.744224564186015, gamma: 15.443516569636191 };
const EXACT = { p: 6.2495722713237562, q: 3.7442246671320245, gamma: 15.443520962589239 };
const EXACT_LOG_LIKELIHOOD = -4055.917694801874;
const SE = { p: 1.1900588997298953, q: 0.29013348385673476, gamma: 4.159432813144495 };

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const cdnow = rfmSummary(cdnowTransactions(), { observationEnd: "1997-09-30", unit: "week" });

describe("fitGammaGamma on the CDNOW repeat buyers", () => {
  const fit = fitGammaGamma(cdnow)!;

  it("reproduces the paper's estimates p = 6.25, q = 3.74, gamma = 15.44 from the 946 repeat buyers", () => {
    // Fader, Hardie and Lee (2005), "RFM and CLV", Journal of Marketing Research 42(4), section 3.
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(fit.p.toFixed(2)).toBe("6.25");
    expect(fit.q.toFixed(2)).toBe("3.74");
    expect(fit.gamma.toFixed(2)).toBe("15.44");
  });

  it("agrees with scipy to 1e-6 and with the exact optimum to 3e-7, relative", () => {
    for (const k of ["p", "q", "gamma"] as const) {
      expect(relative(fit[k], SCIPY[k]), k).toBeLessThan(1e-6);
      expect(relative(fit[k], EXACT[k]), k).toBeLessThan(3e-7);
    }
    expect(relative(fit.logLikelihood, EXACT_LOG_LIKELIHOOD)).toBeLessThan(1e-13);
  });

  it("gives standard errors equal to those of mpmath's Hessian to 1e-4, relative", () => {
    for (const k of ["p", "q", "gamma"] as const) expect(relative(fit.standardErrors![k], SE[k]), k).toBeLessThan(1e-4);
  });

  it("fits grouped rows with counts as it fits the customers one by one", () => {
    const grouped = new Map<string, { frequency: number; monetaryValue: number; count: number }>();
    for (const r of cdnow) {
      if (r.frequency === 0) continue;
      const key = `${r.frequency} ${r.monetaryValue}`;
      const g = grouped.get(key);
      if (g === undefined) grouped.set(key, { frequency: r.frequency, monetaryValue: r.monetaryValue!, count: 1 });
      else g.count++;
    }
    expect(fitGammaGamma(grouped.values())).toStrictEqual(fit);
  });

  it("returns undefined without a repeat buyer", () => {
    expect(fitGammaGamma([])).toBeUndefined();
    expect(
      fitGammaGamma([
        { frequency: 0, monetaryValue: undefined },
        { frequency: 3, monetaryValue: 9, count: 0 },
      ]),
    ).toBeUndefined();
  });

  it("says converged: false when every customer has the same mean value (no maximum exists)", () => {
    const fit = fitGammaGamma([{ frequency: 2, monetaryValue: 10, count: 100 }])!;
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeUndefined();
  });
});

describe("fitGammaGamma bad data", () => {
  it("validates its options", () => {
    expectCxError(() => fitGammaGamma(cdnow, { maxIterations: 1.5 }), {
      code: "not-integer",
      field: "options.maxIterations",
      metric: "fitGammaGamma",
    });
    expect(fitGammaGamma(cdnow, { maxIterations: 1 })!.converged).toBe(false);
  });

  it("names the row and field at fault", () => {
    expectCxError(() => fitGammaGamma(null as never), { code: "wrong-type", field: "rows", metric: "fitGammaGamma" });
    expectCxError(() => fitGammaGamma([{ frequency: 1 }]), { code: "wrong-type", field: "rows[0].monetaryValue" });
    expectCxError(
      () =>
        fitGammaGamma([
          { frequency: 1, monetaryValue: 5 },
          { frequency: 1, monetaryValue: -5 },
        ]),
      { code: "out-of-range", field: "rows[1].monetaryValue" },
    );
    expectCxError(() => fitGammaGamma([{ frequency: 1.5, monetaryValue: 5 }]), {
      code: "not-integer",
      field: "rows[0].frequency",
    });
    expectCxError(() => fitGammaGamma([{ frequency: 1, monetaryValue: 5, count: 0.5 }]), {
      code: "not-integer",
      field: "rows[0].count",
    });
    expectCxError(() => fitGammaGamma([{ frequency: 1, monetaryValu: 5 }] as never), {
      code: "unknown-field",
      field: "rows[0].monetaryValu",
    });
  });
});
