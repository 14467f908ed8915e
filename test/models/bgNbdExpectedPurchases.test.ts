import { describe, expect, it } from "vitest";
import { bgNbdExpectedPurchases, fitBgNbd } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowHistories, relative } from "./cdnow.js";

// Published CDNOW parameters, Fader, Hardie and Lee (2005), Marketing Science 24(2).
const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const paperCustomer = { frequency: 2, recency: 30.43, age: 38.86 };

// References for the cases below: equation (10) in mpmath 1.3 with the doubles taken as exact, at
// 80 + log10(max parameter) digits (the bracket's 1 - ... keeps 60 of them), written with Euler's
// transformation ₂F₁(A, B; c; z) = (1 - z)^(c-A-B) ₂F₁(c - A, c - B; c; z):
//   c/(a - 1) * (1 - (1 + s)**(1 - a) * hyp2f1(c - A, a - 1, c, s/(1 + s))) * alive,
//   A = r + x, c = a + b + x - 1, s = t/(alpha + T), alive = 1/(1 + a/(b + x - 1)((alpha + T)/(alpha + tx))**A)
// (1 when x = 0), and checked against (10) as printed, hyp2f1(A, b + x, c, s/(1 + s)), to 25 digits
// (for b = 1e300 only the first form converges); at a + b + x - 1 = 0 and a = 1, the limits, taken at
// b + 1e-45 and a = 1 + 1e-45.
type Case = readonly [
  model: typeof model,
  frequency: number,
  recency: number,
  age: number,
  periods: number,
  value: number,
];
const expectCases = (cases: readonly Case[], tolerance: number): void => {
  for (const [m, frequency, recency, age, periods, value] of cases) {
    const actual = bgNbdExpectedPurchases(m, { frequency, recency, age }, { periods });
    expect(relative(actual, value), JSON.stringify([m, frequency, recency, age, periods])).toBeLessThan(tolerance);
  }
};

describe("bgNbdExpectedPurchases", () => {
  it("gives the paper's 1.226 purchases in the next 39 weeks for (2, 30.43, 38.86)", () => {
    // FHL (2005), section 5: the worked example after equation (10).
    expect(bgNbdExpectedPurchases(model, paperCustomer, { periods: 39 }).toFixed(3)).toBe("1.226");
    expect(bgNbdExpectedPurchases(fitBgNbd(cdnowHistories())!, paperCustomer, { periods: 39 }).toFixed(3)).toBe(
      "1.226",
    );
  });

  it("matches equation (10) evaluated in mpmath", () => {
    // python3 scripts/reference/btyd_predictions.py
    const cases: [number, number, number, number, number][] = [
      [2, 30.43, 38.86, 39, 1.2260281747671444],
      [2, 30.43, 38.86, 100, 2.593485982494117],
      [0, 0, 38.86, 39, 0.19509805201126265],
      [0, 0, 38.86, 100, 0.4394954028241826],
      [7, 35, 38.86, 39, 4.387487854487961],
      [7, 35, 38.86, 100, 8.934581488720802],
      [3, 5, 38.86, 39, 0.09161330503177059],
      [3, 5, 38.86, 100, 0.19116972136043728],
    ];
    for (const [frequency, recency, age, periods, expected] of cases) {
      expect(relative(bgNbdExpectedPurchases(model, { frequency, recency, age }, { periods }), expected)).toBeLessThan(
        1e-12,
      );
    }
  });

  it("takes the limit at a = 1, where the formula is 0/0", () => {
    // mpmath's limit of equation (10) as a -> 1 (same script).
    const value = bgNbdExpectedPurchases({ ...model, a: 1 }, paperCustomer, { periods: 39 });
    expect(relative(value, 1.1021367860399558)).toBeLessThan(1e-9);
  });

  it("keeps its precision as b grows toward the NBD limit (b 1e9 lost 6 digits, 1e15 gave a made-up 0, 1e300 an absurd value)", () => {
    // The value tends to (r + x) t/(α + T) = 0.5183... as b grows (FHL 2005: the BG/NBD tends to the NBD).
    expectCases(
      [
        [{ ...model, b: 1e9 }, 2, 30.43, 38.86, 10, 0.5183250904565612],
        [{ ...model, b: 1e15 }, 2, 30.43, 38.86, 10, 0.5183250912788271],
        [{ ...model, b: 1e300 }, 2, 30.43, 38.86, 10, 0.5183250912788279],
        [{ ...model, b: 1e15 }, 2, 30.43, 38.86, 1000, 51.83250912788119],
      ],
      1e-13,
    );
  });

  it("gives the finite value for a large frequency instead of blaming options.periods (frequency 10000 threw)", () => {
    expectCases(
      [
        [model, 10_000, 38, 38.86, 10, 1.7693994878753152e-80],
        [model, 10_000, 38.86, 38.86, 1000, 45048.915469055675],
      ],
      1e-13,
    );
  });

  it("keeps its precision over a short horizon (periods 1e-9 lost 5 digits)", () => {
    expectCases([[model, 2, 30.43, 38.86, 1e-9, 3.766039036561609e-11]], 1e-13);
  });

  it("is finite where a + b = 1 makes a + b + x - 1 zero for a customer with no repeat purchase (threw)", () => {
    const m = { ...model, a: 0.5, b: 0.5 };
    expectCases(
      [
        [m, 0, 0, 38.86, 39, 0.177236247577245],
        [m, 0, 0, 38.86, 1000, 1.6200727671446928],
      ],
      1e-13,
    );
  });

  it("matches mpmath over horizons many times α + T (b 1000 over 1000 weeks gave 7.7e14)", () => {
    expectCases(
      [
        [model, 2, 30.43, 38.86, 1000, 10.120518988765318],
        [{ ...model, b: 1000 }, 5, 30.43, 38.86, 1000, 114.59232952822396],
        [{ ...model, a: 1 }, 2, 30.43, 38.86, 1000, 7.342699042365914],
      ],
      1e-13,
    );
  });

  it("matches mpmath where r is above a + b - 1, a is large, or r is tiny", () => {
    expectCases(
      [
        [{ ...model, r: 3 }, 2, 30.43, 38.86, 39, 1.974998768043707],
        [{ ...model, a: 20 }, 2, 30.43, 38.86, 39, 0.08297458256957301],
        [{ ...model, r: 10 }, 0, 0, 38.86, 39, 4.558235981837931],
        [{ ...model, r: 5, a: 1, b: 0.5 }, 0, 0, 38.86, 39, 1.593175791434151],
        [{ ...model, r: 1e-30, b: 1e300 }, 0, 0, 38.86, 39, 9.012339973194067e-31],
      ],
      1e-13,
    );
    // a = 1000 with 500 purchases: weights of some e^1150 scaled through, which costs about 1150 ulps.
    expectCases([[{ ...model, a: 1000 }, 500, 38.8, 38.86, 389, 0.3010477500081698]], 1e-12);
  });

  it("keeps a value that only its product with P(alive) takes near underflow", () => {
    // 7.784e-318 is subnormal: 17 bits fewer than a double's 53, hence the tolerance.
    expectCases([[{ ...model, b: 1e280 }, 1_000_000, 38.8, 38.86, 10, 7.784095805323945e-318]], 1e-6);
  });

  it("names the horizon when the value is out of reach, and the frequency when no horizon brings it within", () => {
    // Over 100,000 (α + T) with b = 1e6: no series settles fast enough, the closed form would lose digits.
    expectCxError(() => bgNbdExpectedPurchases({ ...model, b: 1e6 }, paperCustomer, { periods: 4.3274e6 }), {
      code: "out-of-range",
      field: "options.periods",
    });
    const heavy = { frequency: 1e7, recency: 38.86, age: 38.86 };
    expectCxError(() => bgNbdExpectedPurchases({ ...model, a: 1e7 }, heavy, { periods: 10 }), {
      code: "out-of-range",
      field: "customer.frequency",
    });
  });

  it("is 0 over 0 periods", () => {
    expect(bgNbdExpectedPurchases(model, paperCustomer, { periods: 0 })).toBe(0);
  });

  it("validates the options before the model and the customer", () => {
    expect(() => bgNbdExpectedPurchases(null as never, null as never, { periods: -1 })).toThrow(
      "bgNbdExpectedPurchases: options.periods must be a non-negative finite number, received -1",
    );
    expect(() => bgNbdExpectedPurchases(model, paperCustomer, {} as never)).toThrow("options.periods");
    expect(() => bgNbdExpectedPurchases(model, paperCustomer, { periods: 1, weeks: 2 } as never)).toThrow(
      "options.weeks",
    );
    expect(() => bgNbdExpectedPurchases(model, paperCustomer, undefined as never)).toThrow("options");
  });
});
