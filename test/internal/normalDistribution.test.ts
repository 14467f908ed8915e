import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticalValue, normalCdf, normalQuantile } from "../../src/internal/normalDistribution.js";
import { as241 } from "../helpers/as241.js";

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

describe("the normal distribution", () => {
  it("gives the published quantiles to a relative error below 1e-12", () => {
    // R's qnorm and Wichura (1988), Table 2; also Python's statistics.NormalDist.inv_cdf.
    const table: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.9, 1.2815515655446004],
      [0.8, 0.8416212335729143],
      [0.5, 0],
      [1e-10, -6.361340902404056],
      [1e-300, -37.0470962993612],
    ];
    for (const [p, z] of table) {
      if (z === 0) expect(normalQuantile(p)).toBe(0);
      else expect(relative(normalQuantile(p), z), `p = ${p}`).toBeLessThan(1e-12);
    }
    expect(criticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
  });

  it("gives the published distribution values to a relative error below 1e-12", () => {
    // R's pnorm (double precision).
    const table: [number, number][] = [
      [-1, 0.15865525393145705],
      [-1.959963984540054, 0.025],
      [-3, 0.0013498980316300946],
      [-5, 2.866515718791939e-7],
      [-10, 7.619853024160527e-24],
      [-37, 5.725571222524e-300],
      [0, 0.5],
      [1, 0.8413447460685429],
    ];
    for (const [x, p] of table) expect(relative(normalCdf(x), p), `x = ${x}`).toBeLessThan(1e-12);
  });

  it("keeps the far tail of the distribution function to a few roundings (x^2 split, as in Cody's erfc)", () => {
    // mpmath 1.3 at 40 digits: ncdf(x). Rounding x * x alone would cost x^2 * 2^-53 relative,
    // about 1e-14 at x = -25.7; the split keeps the error near the rounding of doubles.
    const table: [number, number][] = [
      [-20.1, 3.6896808637213895544e-90],
      [-25.7, 5.844410374380774338e-146],
      [-30.3, 5.7317235033154952943e-202],
    ];
    for (const [x, p] of table) expect(relative(normalCdf(x), p), `x = ${x}`).toBeLessThan(2e-15);
  });

  it("inverts: cdf(quantile(p)) = p over (1e-300, 1 - 1e-16) to a relative error below 1e-12 (property)", () => {
    const p = fc.oneof(
      fc.double({ min: 1e-300, max: 1e-10, noNaN: true }),
      fc.double({ min: 1e-10, max: 1 - 1e-16, noNaN: true }),
      fc.integer({ min: 1, max: 690 }).map((k) => Math.exp(-k)),
    );
    fc.assert(
      fc.property(p, (x) => {
        fc.pre(x > 0 && x < 1);
        expect(relative(normalCdf(normalQuantile(x)), x)).toBeLessThan(1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with Wichura's AS 241 over (1e-300, 1 - 1e-16) to a relative error below 1e-12 (property)", () => {
    // The library's quantile comes from its own distribution function, so inverting that (the
    // property above) cannot show a wrong distribution function; AS 241 is independent of it.
    const p = fc.oneof(
      fc.double({ min: 1e-300, max: 1e-10, noNaN: true }),
      fc.double({ min: 1e-10, max: 1 - 1e-16, noNaN: true }),
      fc.double({ min: 0.4999, max: 0.5001, noNaN: true }),
      fc.double({ min: 0.0012, max: 0.0015, noNaN: true }), // around the switch at z = -3
      fc.integer({ min: 1, max: 690 }).map((k) => Math.exp(-k)),
    );
    fc.assert(
      fc.property(p, (x) => {
        fc.pre(x > 0 && x < 1 && x !== 0.5);
        expect(relative(normalQuantile(x), as241(x)), `p = ${x}`).toBeLessThan(1e-12);
      }),
      { numRuns: 5000 },
    );
  });

  it("is symmetric and increasing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        (x, h) => {
          expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
          expect(normalCdf(x + h)).toBeGreaterThanOrEqual(normalCdf(x));
        },
      ),
    );
  });
  it("gives the two-sided critical value of levels below 1/2 to a relative error below 1e-12", () => {
    // z with P(|Z| <= z) = c is sqrt(2) erfinv(c): mpmath 1.3 at 40 digits, sqrt(2) * erfinv(c).
    const table: [number, number][] = [
      [0.4999, 0.67433241528995143437],
      [0.2, 0.2533471031357997988],
      [0.01, 0.012533469508069263161],
      [1e-20, 1.2533141373155002512e-20],
    ];
    for (const [c, z] of table) expect(relative(criticalValue(c), z), `confidence = ${c}`).toBeLessThan(1e-12);
  });
});
