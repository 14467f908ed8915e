import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { EXACT, EXACT_LOG_LIKELIHOOD, relative, SCIPY, SE } from "./bgBbReference.js";
import { donations } from "./cdnow.js";

// Reference values and the Python script that computed them: ./bgBbReference.ts.

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

describe("BG/BB bad data", () => {
  const customer = { frequency: 1, recency: 2, periods: 3 };

  it("names the row and field at fault in fitBgBb", () => {
    expectCxError(() => fitBgBb(3 as never), { code: "wrong-type", field: "rows", metric: "fitBgBb" });
    expectCxError(() => fitBgBb([customer, { ...customer, periods: -1 }]), {
      code: "negative",
      field: "rows[1].periods",
    });
    expectCxError(() => fitBgBb([customer, { ...customer, periods: 1_000_001 }]), {
      code: "out-of-range",
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
