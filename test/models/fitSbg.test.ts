import { describe, expect, it } from "vitest";
import { cohortRetention, fitSbg } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

// Fader and Hardie, "How to Project Customer Retention", Journal of Interactive Marketing 21(1),
// 2007, 76-90: active customers of two segments by year, years 0-7 used for the fit (Table 1);
// the paper's estimates are alpha = 0.668, beta = 3.806 (high end) and alpha = 0.704,
// beta = 1.182 (regular).
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
const SEVERAL = [HIGH_END, [800, 690, 601], [500, 430, 371, 330, 299]];

// Independent reference values: the same likelihood written with log-beta functions, maximised
// by scipy 1.17 (Nelder-Mead, xatol 1e-12) and polished by mpmath.findroot on the gradient at 40
// digits; standard errors from mpmath.diff's second derivatives of that log-likelihood (not
// from differences of an analytic gradient, as the library computes them), inverted.
//
//   import mpmath as mp; from scipy.optimize import minimize; from scipy.special import betaln
//   mp.mp.dps = 40; lb = lambda x, y: mp.loggamma(x) + mp.loggamma(y) - mp.loggamma(x + y)
//   def ll(a, b, cohorts):  # churn at age t: B(a+1, b+t-1)/B(a,b); alive at T: B(a, b+T)/B(a,b)
//       s = 0
//       for c in cohorts:
//           s += sum((c[t-1] - c[t]) * (lb(a+1, b+t-1) - lb(a, b)) for t in range(1, len(c)))
//           s += c[-1] * (lb(a, b+len(c)-1) - lb(a, b))
//       return s
//   x0 = minimize(lambda x: -float(ll(mp.e**x[0], mp.e**x[1], data)), [0, 0], method="Nelder-Mead",
//                 options={"xatol": 1e-12, "fatol": 1e-14, "maxiter": 20000}).x
//   f = lambda a, b: ll(a, b, data)
//   a, b = mp.findroot([lambda a, b: mp.diff(f, (a, b), (1, 0)), lambda a, b: mp.diff(f, (a, b), (0, 1))],
//                      (mp.e**x0[0], mp.e**x0[1]))
//   H = mp.matrix([[mp.diff(f, (a, b), (2, 0)), mp.diff(f, (a, b), (1, 1))],
//                  [mp.diff(f, (a, b), (1, 1)), mp.diff(f, (a, b), (0, 2))]])
//   cov = (-H) ** -1; se = (mp.sqrt(cov[0, 0]), mp.sqrt(cov[1, 1]))
const REFERENCE = {
  high: {
    alpha: 0.668088351106446,
    beta: 3.80609496405827,
    ll: -1611.15814739116,
    se: [0.10373493115, 0.785531691776],
  },
  regular: {
    alpha: 0.704077298473516,
    beta: 1.18204302620948,
    ll: -1680.26518846329,
    se: [0.065598964234, 0.152475631676],
  },
  several: {
    alpha: 0.725599595822655,
    beta: 4.21935101984892,
    ll: -2804.12749008592,
    se: [0.103189881627, 0.736515885321],
  },
};

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

describe("fitSbg", () => {
  it("reproduces Fader and Hardie (2007): high end alpha 0.668, beta 3.806; regular alpha 0.704, beta 1.182", () => {
    const high = fitSbg(HIGH_END)!;
    expect(high.alpha.toFixed(3)).toBe("0.668");
    expect(high.beta.toFixed(3)).toBe("3.806");
    const regular = fitSbg(REGULAR)!;
    expect(regular.alpha.toFixed(3)).toBe("0.704");
    expect(regular.beta.toFixed(3)).toBe("1.182");
    expect([high.converged, regular.converged, high.customers]).toEqual([true, true, 1000]);
  });

  it.each([
    ["high end", [HIGH_END], REFERENCE.high],
    ["regular", [REGULAR], REFERENCE.regular],
    ["three cohorts of different lengths", SEVERAL, REFERENCE.several],
  ] as const)("agrees with an independent optimiser to 1e-6 relative (%s)", (_, cohorts, ref) => {
    const fit = fitSbg(cohorts.length === 1 ? cohorts[0]! : cohorts)!;
    expect(relative(fit.alpha, ref.alpha)).toBeLessThan(1e-6);
    expect(relative(fit.beta, ref.beta)).toBeLessThan(1e-6);
    expect(relative(fit.logLikelihood, ref.ll)).toBeLessThan(1e-12);
    expect(fit.converged).toBe(true);
  });

  it.each([
    ["high end", HIGH_END, REFERENCE.high],
    ["regular", REGULAR, REFERENCE.regular],
    ["three cohorts", SEVERAL, REFERENCE.several],
  ] as const)(
    "gives standard errors that match mpmath's second derivatives of the log-likelihood (%s)",
    (_, input, ref) => {
      const { standardErrors } = fitSbg(input as never)!;
      expect(relative(standardErrors!.alpha, ref.se[0]!)).toBeLessThan(1e-6);
      expect(relative(standardErrors!.beta, ref.se[1]!)).toBeLessThan(1e-6);
    },
  );

  it("counts the customers of every cohort observed for at least one period", () => {
    expect(fitSbg(SEVERAL)!.customers).toBe(2300);
    expect(fitSbg([[1000, 900], [400]])!.customers).toBe(1000);
  });

  it("fits a cohortRetention table as its active counts", () => {
    const customers = [
      ...Array.from({ length: 40 }, (_, i) => ({
        startedAt: "2025-01-15",
        endedAt: i < 10 ? "2025-02-10" : i < 16 ? "2025-03-10" : null,
      })),
      ...Array.from({ length: 30 }, (_, i) => ({ startedAt: "2025-02-03", endedAt: i < 9 ? "2025-03-20" : null })),
    ];
    const table = cohortRetention(customers, { asOf: "2025-05-01" })!;
    expect(table.cohorts.map((c) => c.active)).toEqual([
      [40, 30, 24, 24],
      [30, 21, 21],
    ]);
    expect(fitSbg(table)).toEqual(
      fitSbg([
        [40, 30, 24, 24],
        [30, 21, 21],
      ]),
    );
  });

  it("reads one cohort from any iterable in a single pass, such as a generator", () => {
    function* counts(): Generator<number> {
      yield* HIGH_END;
    }
    expect(fitSbg(counts())).toEqual(fitSbg(HIGH_END));
    expect(fitSbg(Uint32Array.from(HIGH_END))).toEqual(fitSbg(HIGH_END));
  });

  it("returns undefined when no cohort has been observed for a period", () => {
    expect(fitSbg([])).toBeUndefined();
    expect(fitSbg([1000])).toBeUndefined();
    expect(fitSbg([[1000], [20]])).toBeUndefined();
    expect(fitSbg([0, 0, 0])).toBeUndefined();
  });

  it("stays finite when the data cannot place the optimum inside the parameter space", () => {
    // No churn at all: the fit runs towards alpha -> 0, survival 100 %.
    const none = fitSbg([100, 100, 100])!;
    expect(Number.isFinite(none.alpha) && Number.isFinite(none.beta)).toBe(true);
    expect(none.alpha / (none.alpha + none.beta)).toBeLessThan(1e-6);
    // Everyone churns at the first renewal: beta -> 0.
    const all = fitSbg([100, 0])!;
    expect(all.beta / (all.alpha + all.beta)).toBeLessThan(1e-6);
  });

  it("rejects a count above the one before it, naming the cohort and the age", () => {
    const rising = expectCxError(() => fitSbg([1000, 869, 870]), {
      code: "inconsistent",
      field: "input[2]",
      metric: "fitSbg",
    });
    expect(rising.message).toBe(
      "fitSbg: input[2] must be at most 869 (the count at age 1): counts never rise with age, received 870",
    );
    expectCxError(() => fitSbg([HIGH_END, [500, 400, 401]]), { code: "inconsistent", field: "input[1][2]" });
    const table = cohortRetention([{ startedAt: "2025-01-15" }], { asOf: "2025-03-01" })!;
    const edited = { ...table, cohorts: [{ ...table.cohorts[0]!, active: [1, 2] }] };
    expectCxError(() => fitSbg(edited), { code: "inconsistent", field: "input.cohorts[0].active[1]" });
  });

  it("rejects bad counts, mixed forms and misspelt fields, naming the count", () => {
    expectCxError(() => fitSbg([1000, -1]), { code: "negative", field: "input[1]" });
    expectCxError(() => fitSbg([1000, 869.5]), { code: "not-integer", field: "input[1]" });
    expectCxError(() => fitSbg([1000, "869"] as never), { code: "wrong-type", field: "input[1]" });
    expectCxError(() => fitSbg([[1000, 869], 5] as never), { code: "wrong-type", field: "input[1]" });
    expectCxError(() => fitSbg([[1000, Number.NaN]]), { code: "not-a-number", field: "input[0][1]" });
    expectCxError(() => fitSbg(null as never), { code: "wrong-type", field: "input" });
    expectCxError(() => fitSbg({ cohort: [] } as never), { code: "unknown-field", field: "cohort" });
    expectCxError(() => fitSbg({ cohorts: [{ active: [3], size: 3, extra: 1 }] } as never), {
      code: "unknown-field",
      field: "input.cohorts[0].extra",
    });
  });
});
