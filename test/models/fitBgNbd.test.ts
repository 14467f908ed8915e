import { describe, expect, it } from "vitest";
import { CxMetricsError, fitBgNbd } from "../../src/index.js";
import { cdnowHistories, relative } from "./cdnow.js";

const cdnow = cdnowHistories();
const fit = fitBgNbd(cdnow)!;

describe("fitBgNbd", () => {
  it("reproduces Fader, Hardie and Lee (2005) on CDNOW: r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4", () => {
    // "'Counting Your Customers' the Easy Way", Marketing Science 24(2), 2005, section 5.
    expect(fit.r.toFixed(3)).toBe("0.243");
    expect(fit.alpha.toFixed(3)).toBe("4.414");
    expect(fit.a.toFixed(3)).toBe("0.793");
    expect(fit.b.toFixed(3)).toBe("2.426");
    expect(fit.logLikelihood.toFixed(1)).toBe("-9582.4");
    expect(fit.customers).toBe(2357);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(0);
  });

  it("agrees with an independent scipy fit to 1e-6 and with its 30-digit Newton polish to 1e-9", () => {
    // python3 scripts/reference/btyd_fits.py: scipy.optimize (Nelder-Mead then BFGS, gtol 1e-11)
    // on a numpy likelihood, then two Newton steps on mpmath's 30-digit likelihood.
    const scipy = [0.2425928929115388, 4.413531471693958, 0.792886529140131, 2.425754905667198];
    const polished = [0.24259290720446589, 4.413531561205426, 0.7928861480987686, 2.4257534364936215];
    const fitted = [fit.r, fit.alpha, fit.a, fit.b];
    fitted.forEach((v, i) => {
      expect(relative(v, scipy[i]!), `parameter ${i}`).toBeLessThan(1e-6);
      expect(relative(v, polished[i]!), `parameter ${i}`).toBeLessThan(1e-9);
    });
    expect(relative(fit.logLikelihood, -9582.425560567362)).toBeLessThan(1e-13);
  });

  it("gives standard errors equal to mpmath's numerical second derivatives of the log-likelihood", () => {
    // python3 scripts/reference/btyd_fits.py: mpmath.diff (30 digits) of the log-likelihood in
    // (r, alpha, a, b), inverted; a different method from the library's differences of the
    // analytic gradient.
    const se = fit.standardErrors!;
    const expected = [0.012557318515398312, 0.3782214126070252, 0.18571933018895193, 0.7053465683271459];
    [se.r, se.alpha, se.a, se.b].forEach((v, i) =>
      expect(relative(v, expected[i]!), `parameter ${i}`).toBeLessThan(1e-5),
    );
  });

  it("fits grouped rows with counts exactly as the customer rows they stand for", () => {
    const groups = new Map<string, { frequency: number; recency: number; age: number; count: number }>();
    for (const h of cdnow) {
      const key = `${h.frequency} ${h.recency} ${h.age}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { ...h, count: 1 });
      else group.count++;
    }
    expect(fitBgNbd(groups.values())).toEqual(fit);
  });

  it("accepts rfmSummary rows with their other fields", () => {
    const rows = cdnow.map((h, i) => ({ ...h, customer: i, monetaryValue: undefined }));
    expect(fitBgNbd(rows)?.r).toBe(fit.r);
  });

  it("returns undefined for no rows or only zero counts", () => {
    expect(fitBgNbd([])).toBeUndefined();
    expect(fitBgNbd([{ frequency: 1, recency: 2, age: 3, count: 0 }])).toBeUndefined();
  });

  it("reports a fit that ran out of iterations as not converged", () => {
    const short = fitBgNbd(cdnow, { maxIterations: 2 })!;
    expect(short.converged).toBe(false);
    expect(short.iterations).toBe(2);
  });

  it("gives no standard errors when the optimum lies on a boundary (no drop-out seen)", () => {
    // Every repeat buyer bought until the end: a and b run off to infinity, the information matrix is singular.
    const result = fitBgNbd([
      { frequency: 0, recency: 0, age: 38, count: 60 },
      { frequency: 1, recency: 10, age: 38, count: 20 },
      { frequency: 3, recency: 30, age: 38, count: 15 },
      { frequency: 6, recency: 36, age: 38, count: 5 },
    ])!;
    expect(result.standardErrors).toBeUndefined();
  });

  it("names the row and field of bad data", () => {
    const rows = [...cdnow.slice(0, 3), { frequency: 1, recency: Number.NaN, age: 3 }];
    expect(() => fitBgNbd(rows)).toThrow(CxMetricsError);
    expect(() => fitBgNbd(rows)).toThrow(
      "fitBgNbd: rows[3].recency must be a non-negative finite number, received NaN",
    );
    expect(() => fitBgNbd([{ frequency: 1.5, recency: 1, age: 2 }])).toThrow("rows[0].frequency");
    expect(() => fitBgNbd([{ frequency: 1, recency: 1, age: 2, count: -1 }])).toThrow("rows[0].count");
    expect(() => fitBgNbd([{ frequency: 1, recency: 1 } as never])).toThrow("rows[0].age");
    expect(() => fitBgNbd(null as never)).toThrow("fitBgNbd: rows must be an array or iterable");
    expect(() => fitBgNbd([3] as never)).toThrow("rows[0] must be an object");
  });

  it("rejects recency beyond age and recency with no repeat purchase as inconsistent", () => {
    const error = (rows: unknown): CxMetricsError => {
      try {
        fitBgNbd(rows as never);
      } catch (e) {
        return e as CxMetricsError;
      }
      throw new Error("no error");
    };
    expect(error([{ frequency: 1, recency: 5, age: 4 }])).toMatchObject({
      code: "inconsistent",
      field: "rows[0].recency",
    });
    expect(error([{ frequency: 0, recency: 1, age: 4 }])).toMatchObject({
      code: "inconsistent",
      field: "rows[0].recency",
    });
  });

  it("rejects unknown fields with a suggestion, and bad options before the rows", () => {
    expect(() => fitBgNbd([{ frequency: 1, recency: 1, age: 2, cuont: 1 } as never])).toThrow("did you mean `count`?");
    expect(() => fitBgNbd(null as never, { maxIterations: 0 })).toThrow("fitBgNbd: options.maxIterations must be");
    expect(() => fitBgNbd([], { maxIterations: 2.5 })).toThrow("options.maxIterations");
    expect(() => fitBgNbd([], { maxIteration: 5 } as never)).toThrow("did you mean `maxIterations`?");
  });
});
