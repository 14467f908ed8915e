import { describe, expect, it } from "vitest";
import { digamma, hypergeometric2F1, logBeta, logGamma } from "../../src/internal/specialFunctions.js";

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

// Reference values: mpmath 1.3 at 50 significant digits (400 for log-beta), printed by
// `python3 scripts/reference/special_functions.py`.

describe("logGamma", () => {
  it("matches mpmath's loggamma to 1e-14 relative away from its zeros at 1 and 2", () => {
    const table: [number, number][] = [
      [1e-300, 690.7755278982137],
      [1e-8, 18.42068073818021],
      [0.1, 2.252712651734206],
      [0.5, 0.5723649429247001],
      [2.5, 0.2846828704729192],
      [3.7, 1.428072326665388],
      [9.99, 12.779315214350193],
      [10, 12.801827480081469],
      [10.01, 12.824350262448247],
      [33.3, 82.60372358165495],
      [171.5, 709.1431630309282],
      [1e5, 1051287.7089736569],
      [1e10, 220258509288.81058],
      [1e300, 6.897755278982137e302],
    ];
    for (const [x, value] of table) expect(relative(logGamma(x), value), `x = ${x}`).toBeLessThan(1e-14);
  });

  it("matches mpmath's loggamma to 1e-14 absolute near its zeros at 1 and 2", () => {
    const table: [number, number][] = [
      [0.9, 0.06637623973474295],
      [0.999, 0.0005780385328913802],
      [1.001, -0.0005763935982833062],
      [1.5, -0.12078223763524522],
      [1.999, -0.0004224618006921073],
    ];
    for (const [x, value] of table) expect(Math.abs(logGamma(x) - value), `x = ${x}`).toBeLessThan(1e-14);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it("gives ln((n - 1)!) at whole numbers and ln √π at 1/2 (A&S 6.1.5, 6.1.8)", () => {
    let factorial = 1n;
    for (let n = 2; n <= 60; n++) {
      factorial *= BigInt(n);
      expect(relative(logGamma(n + 1), Math.log(Number(factorial))), `n = ${n}`).toBeLessThan(1e-14);
    }
    expect(relative(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
  });

  it("is NaN for non-positive or NaN arguments and +∞ at +∞", () => {
    for (const x of [0, -1, -0.5, Number.NaN, -Infinity]) expect(logGamma(x)).toBeNaN();
    expect(logGamma(Infinity)).toBe(Infinity);
  });
});

describe("logBeta", () => {
  it("matches mpmath to 1e-14 relative, also with one argument far larger than the other", () => {
    const table: [number, number, number][] = [
      [0.5, 0.5, 1.1447298858494002],
      [2.5, 3.5, -3.301835269962053],
      [0.243, 1e6, -2.039125388910141],
      [0.001, 1e12, 6.879547864267925],
      [0.793, 31.426000000000002, -2.572500162276295],
      [20, 30, -33.968820791977386],
      [12.5, 1e8, -211.5241625062181],
      [3, 1e300, -2071.633436514081],
      [1e5, 1e5, -138633.92706134808],
    ];
    for (const [a, b, value] of table) {
      expect(relative(logBeta(a, b), value), `B(${a}, ${b})`).toBeLessThan(1e-14);
      expect(logBeta(b, a), `B(${b}, ${a})`).toBe(logBeta(a, b));
    }
  });

  it("gives ln(1/a) for B(a, 1) (DLMF 5.12.1 with Γ(a + 1) = aΓ(a))", () => {
    for (const a of [0.01, 0.7, 3, 12, 1e3, 1e9]) {
      expect(Math.abs(logBeta(a, 1) + Math.log(a)), `a = ${a}`).toBeLessThan(
        1e-14 * Math.max(1, Math.abs(Math.log(a))),
      );
    }
  });

  it("is NaN for non-positive arguments and -∞ for an infinite one", () => {
    expect(logBeta(0, 1)).toBeNaN();
    expect(logBeta(2, -1)).toBeNaN();
    expect(logBeta(Number.NaN, 1)).toBeNaN();
    expect(logBeta(2, Infinity)).toBe(-Infinity);
  });
});

describe("digamma", () => {
  it("matches mpmath's digamma to 1e-14 relative", () => {
    const table: [number, number][] = [
      [1e-5, -100000.57719921567],
      [0.243, -4.351093864423211],
      [2.426, 0.6662079149687963],
      [9.5, 2.1977378764029494],
      [10, 2.251752589066721],
      [123.4, 4.8113737751162775],
      [1e8, 18.420680738952367],
    ];
    for (const [x, value] of table) expect(relative(digamma(x), value), `x = ${x}`).toBeLessThan(1e-14);
  });

  it("gives -γ at 1 and -γ - 2 ln 2 at 1/2 (A&S 6.3.2, 6.3.3)", () => {
    const eulerGamma = 0.5772156649015329;
    expect(relative(digamma(1), -eulerGamma)).toBeLessThan(1e-14);
    expect(relative(digamma(0.5), -eulerGamma - 2 * Math.LN2)).toBeLessThan(1e-14);
  });

  it("is the derivative of logGamma (a central difference with Richardson extrapolation)", () => {
    for (const x of [0.3, 1.7, 8, 55]) {
      const d = (h: number): number => (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      const h = 1e-3 * x;
      expect(relative((4 * d(h / 2) - d(h)) / 3, digamma(x)), `x = ${x}`).toBeLessThan(1e-8);
    }
  });

  it("is NaN for non-positive arguments and +∞ at +∞", () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-2.5)).toBeNaN();
    expect(digamma(Infinity)).toBe(Infinity);
  });
});

describe("hypergeometric2F1", () => {
  it("matches mpmath's hyp2f1, including z near 1, z below -1 and large parameters", () => {
    const table: [number, number, number, number, number, number][] = [
      // a, b, c, z, value, relative tolerance
      [0.5, 0.5, 1.5, 0.25, 1.0471975511965979, 1e-14],
      [1, 1, 2, 0.95, 3.1534023932147264, 1e-14],
      [1.2, 3.4, 5.6, 0.999, 5.402063557691106, 1e-12],
      [2.5, 1.5, 3.7, 0.97, 14.504770344855329, 1e-14],
      [30.85, 1.606, 31.85, 0.3, 1.7361864960569673, 1e-14],
      [30.85, 29.553, 31.85, 0.09, 14.870531747965128, 1e-14],
      [100.5, 1.6, 101.5, 0.99, 745.2189601511625, 1e-11],
      [300.5, 1.6, 301.5, 0.999, 15138.614387607226, 1e-11],
      [300.5, 300.243, 301.5, 0.3, 2.2587662140157872e46, 1e-13],
      [0.3, 0.7, 1.9, -0.5, 0.9531224367408747, 1e-14],
      [0.7, 0.3, 1.9, -0.5, 0.9531224367408747, 1e-14],
      [0.3, 0.7, 1.9, -20, 0.5990295391050056, 1e-14],
      [2.243, 4.426, 4.219, 0.4740258161752194, 4.575315897643689, 1e-14],
      [0.243, 2.426, 2.219, 0.95, 2.4461866770309917, 1e-14],
      [0.243, 2.426, 2.219, 0.9999, 29.996187028101584, 1e-14],
      [5, -3, 2, 0.7, 0.09874999999999998, 1e-14],
      [5.5, 1.2, 2.5, 0.95, 66513.6341738034, 1e-13],
      [1.5, 2.5, 4, 0.95, 7.824226341235016, 1e-14],
      [50.2, 60.3, 70.1, 0.5, 6860143539574.333, 1e-13],
      [1, 40.5, 42.1, 0.999, 52.59181737396275, 1e-14],
      [3.3, 1.0001, 4.3, 0.995, 12.410218146858048, 1e-13],
      [2.5, 3.5, 7.5, 1, 11.516360765051452, 1e-14],
      [0.5, -2.5, 1.5, 1, 0.4908738521234052, 1e-14],
    ];
    for (const [a, b, c, z, value, tolerance] of table) {
      expect(relative(hypergeometric2F1(a, b, c, z), value), `F(${a}, ${b}; ${c}; ${z})`).toBeLessThan(tolerance);
    }
  });

  it("gives -ln(1 - z)/z for F(1, 1; 2; z) (DLMF 15.4.1)", () => {
    for (const z of [-50, -3, -0.9, -1e-3, 1e-3, 0.5, 0.9, 0.95, 0.999]) {
      expect(relative(hypergeometric2F1(1, 1, 2, z), -Math.log1p(-z) / z), `z = ${z}`).toBeLessThan(1e-12);
    }
  });

  it("gives (1 - z)^(-a) for F(a, b; b; z) (DLMF 15.4.6)", () => {
    for (const [a, b, z] of [
      [0.6, 2.3, 0.4],
      [2.5, 7, 0.93],
      [1.7, 0.4, -4],
      [12.3, 3.1, 0.97],
    ] as const) {
      expect(relative(hypergeometric2F1(a, b, b, z), (1 - z) ** -a), `${a}, ${b}, ${z}`).toBeLessThan(1e-12);
    }
  });

  it("gives arcsin(x)/x for F(1/2, 1/2; 3/2; x²) (DLMF 15.4.4)", () => {
    for (const x of [0.1, 0.6, 0.97, 0.999]) {
      expect(relative(hypergeometric2F1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x), `x = ${x}`).toBeLessThan(1e-13);
    }
  });

  it("gives Gauss's Γ(c)Γ(c - a - b)/(Γ(c - a)Γ(c - b)) at z = 1 (DLMF 15.4.20) and 0 when c - a is a pole", () => {
    // Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2 for F(1, 1; 3; 1); F(1/2, 1/2; 2; 1) = Γ(2)Γ(1)/Γ(3/2)² = 4/π.
    expect(relative(hypergeometric2F1(1, 1, 3, 1), 2)).toBeLessThan(1e-14);
    expect(relative(hypergeometric2F1(0.5, 0.5, 2, 1), 4 / Math.PI)).toBeLessThan(1e-14);
    expect(hypergeometric2F1(2.5, -2.6, 0.5, 1)).toBe(0); // mpmath: 0.0
  });

  it("sums a terminating series exactly (Chu-Vandermonde, DLMF 15.4.24)", () => {
    // F(-3, b; c; 1) = (c - b)₃/(c)₃: b = 2, c = 5 gives 3·4·5/(5·6·7) = 2/7.
    expect(relative(hypergeometric2F1(-3, 2, 5, 1), 2 / 7)).toBeLessThan(1e-15);
    expect(relative(hypergeometric2F1(2, -3, 5, 1), 2 / 7)).toBeLessThan(1e-15);
    expect(hypergeometric2F1(0, 2, 5, 0.5)).toBe(1);
    expect(hypergeometric2F1(2, 3, 5, 0)).toBe(1);
  });

  it("is NaN outside its domain and when the series does not settle", () => {
    expect(hypergeometric2F1(1, 1, 2, 1.5)).toBeNaN();
    expect(hypergeometric2F1(1, 1, -2, 0.5)).toBeNaN();
    expect(hypergeometric2F1(1, 1, 0, 0.5)).toBeNaN();
    expect(hypergeometric2F1(Number.NaN, 1, 2, 0.5)).toBeNaN();
    expect(hypergeometric2F1(1, 1, 2, Infinity)).toBeNaN();
    expect(hypergeometric2F1(1, 1, 2, 1)).toBeNaN(); // c - a - b = 0: the series diverges at 1
    expect(hypergeometric2F1(1, 1, 2, 1 - 1e-12)).toBeNaN(); // needs far more than 100,000 terms
  });
});
