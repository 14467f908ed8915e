import { describe, expect, it } from "vitest";
import { fitParetoNbd, rfmSummary } from "../../src/index.js";
import { cdnowHistories, cdnowTransactions, relative } from "./cdnow.js";

const cdnow = cdnowHistories();
const fit = fitParetoNbd(cdnow)!;

describe("fitParetoNbd", () => {
  it("reproduces Fader and Hardie's Pareto/NBD fit of CDNOW: r 0.553, alpha 10.578, s 0.606, LL -9595.0", () => {
    // Fader, Hardie and Lee (2005), Marketing Science 24(2), and Fader and Hardie, "A Note on
    // Implementing the Pareto/NBD Model in MATLAB" (2005).
    expect(fit.r.toFixed(3)).toBe("0.553");
    expect(fit.alpha.toFixed(3)).toBe("10.578");
    expect(fit.s.toFixed(3)).toBe("0.606");
    expect(fit.logLikelihood.toFixed(1)).toBe("-9595.0");
    expect(fit.customers).toBe(2357);
    expect(fit.converged).toBe(true);
  });

  it("reproduces the published beta 11.669 from the raw transactions, in exact weeks", () => {
    // The note fits t_x and T in exact weeks (days / 7). cdnow_summary.csv rounds them to two
    // decimals, which moves beta, the least determined parameter (standard error 6.2), to 11.668
    // (next test); the other published digits hold on both. scipy on exact weeks:
    // python3 scripts/reference/btyd_fits.py, "Pareto/NBD exact weeks".
    const exact = fitParetoNbd(rfmSummary(cdnowTransactions(), { observationEnd: "1997-09-30", unit: "week" }))!;
    expect(exact.r.toFixed(3)).toBe("0.553");
    expect(exact.alpha.toFixed(3)).toBe("10.578");
    expect(exact.s.toFixed(3)).toBe("0.606");
    expect(exact.beta.toFixed(3)).toBe("11.669");
    expect(exact.logLikelihood.toFixed(1)).toBe("-9595.0");
    const scipy = [0.5532770552856588, 10.577683861702647, 0.6062400373371357, 11.668737065098236];
    [exact.r, exact.alpha, exact.s, exact.beta].forEach((v, i) => {
      expect(relative(v, scipy[i]!), `parameter ${i}`).toBeLessThan(1e-6);
    });
  });

  it("gives beta 11.668 on the summary rounded to two decimals, where two independent optimisers agree", () => {
    // scipy and a 30-digit Newton polish (below) both put the maximum at 11.66791 on the rounded
    // summary: the rounding, not the optimiser, is what separates it from the published 11.669.
    expect(fit.beta.toFixed(3)).toBe("11.668");
  });

  it("agrees with an independent scipy fit to 1e-6 and with its 30-digit Newton polish to 1e-6", () => {
    // python3 scripts/reference/btyd_fits.py: scipy.optimize on a numpy likelihood with scipy's
    // hyp2f1, then two Newton steps on mpmath's 30-digit likelihood (mpmath's hyp2f1).
    const scipy = [0.5532755818261121, 10.577612741451173, 0.6062136458205378, 11.667912257596567];
    const polished = [0.5532755086895194, 10.57761223868171, 0.6062135686740845, 11.667911237920228];
    const fitted = [fit.r, fit.alpha, fit.s, fit.beta];
    fitted.forEach((v, i) => {
      expect(relative(v, scipy[i]!), `parameter ${i}`).toBeLessThan(1e-6);
      expect(relative(v, polished[i]!), `parameter ${i}`).toBeLessThan(1e-6);
    });
    expect(relative(fit.logLikelihood, -9594.973929826863)).toBeLessThan(1e-12);
  });

  it("gives standard errors equal to mpmath's numerical second derivatives of the log-likelihood", () => {
    // Same script: mpmath.diff at 30 digits, not the library's double-precision second differences.
    const se = fit.standardErrors!;
    const expected = [0.04762878509593413, 0.8427241011698546, 0.18727974318261423, 6.21103566663565];
    [se.r, se.alpha, se.s, se.beta].forEach((v, i) =>
      expect(relative(v, expected[i]!), `parameter ${i}`).toBeLessThan(1e-4),
    );
  });

  it("returns undefined for no rows and names bad fields", () => {
    expect(fitParetoNbd([])).toBeUndefined();
    expect(() => fitParetoNbd([{ frequency: 1, recency: 3, age: 2 }])).toThrow(
      "fitParetoNbd: rows[0].recency must be at most age (2), received 3",
    );
    expect(() => fitParetoNbd([], { maxIterations: 0 })).toThrow("fitParetoNbd: options.maxIterations");
  });

  it("reports a fit that ran out of iterations as not converged", () => {
    const short = fitParetoNbd(cdnow.slice(0, 300), { maxIterations: 1 })!;
    expect(short.converged).toBe(false);
    expect(short.iterations).toBe(1);
  });
});
