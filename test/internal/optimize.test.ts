import { describe, expect, it } from "vitest";
import {
  centralGradient,
  hessian,
  inverseOfPositiveDefinite,
  minimize,
  standardErrors,
} from "../../src/internal/optimize.js";

const rosenbrock = ([x, y]: readonly number[]): number => 100 * (y! - x! ** 2) ** 2 + (1 - x!) ** 2;
const rosenbrockGradient = ([x, y]: readonly number[]): number[] => [
  -400 * x! * (y! - x! ** 2) - 2 * (1 - x!),
  200 * (y! - x! ** 2),
];

// A quadratic ½ (x - c)ᵀ A (x - c) + 7 with A = [[4, 1], [1, 3]]: minimum 7 at c, Hessian A,
// A⁻¹ = [[3, -1], [-1, 4]] / 11 (by hand).
const c = [2, -3];
const quadratic = ([x, y]: readonly number[]): number => {
  const u = x! - c[0]!;
  const v = y! - c[1]!;
  return 0.5 * (4 * u * u + 2 * u * v + 3 * v * v) + 7;
};
const quadraticGradient = ([x, y]: readonly number[]): number[] => {
  const u = x! - c[0]!;
  const v = y! - c[1]!;
  return [4 * u + v, u + 3 * v];
};

describe("minimize", () => {
  it("finds Rosenbrock's minimum (1, 1) from the classic start (-1.2, 1) with the analytic gradient", () => {
    const result = minimize(rosenbrock, [-1.2, 1], { gradient: rosenbrockGradient });
    expect(result.converged).toBe(true);
    expect(Math.abs(result.x[0]! - 1)).toBeLessThan(1e-8);
    expect(Math.abs(result.x[1]! - 1)).toBeLessThan(1e-8);
    expect(result.value).toBeLessThan(1e-16);
    expect(result.iterations).toBeGreaterThan(10);
    expect(result.iterations).toBeLessThan(100);
  });

  it("finds Rosenbrock's minimum with central-difference gradients", () => {
    const result = minimize(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-7 });
    expect(result.converged).toBe(true);
    expect(Math.abs(result.x[0]! - 1)).toBeLessThan(1e-6);
    expect(Math.abs(result.x[1]! - 1)).toBeLessThan(1e-6);
  });

  it("finds a quadratic's minimum and value", () => {
    const result = minimize(quadratic, [40, 25], { gradient: quadraticGradient });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 10);
    expect(result.x[1]).toBeCloseTo(-3, 10);
    expect(result.value).toBeCloseTo(7, 14);
  });

  it("steps back from points where the objective is not finite", () => {
    const f = ([x]: readonly number[]): number => (x! < 0 ? Number.NaN : (x! - 0.1) ** 2);
    const result = minimize(f, [5], { gradient: ([x]) => [2 * (x! - 0.1)] });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(0.1, 9);
  });

  it("zooms into a steep valley beyond a region where the objective is not finite", () => {
    // -x² up to 3, then a parabola with its minimum -9.45 at 3.15; not finite beyond 3.4. From
    // 0.5 every early step is steeper than the start, so the line search must bracket and zoom.
    const f = ([x]: readonly number[]): number =>
      x! > 3.4 ? Number.NaN : x! < 3 ? -(x! ** 2) : -9 - 6 * (x! - 3) + 20 * (x! - 3) ** 2;
    const gradient = ([x]: readonly number[]): number[] => [x! < 3 ? -2 * x! : -6 + 40 * (x! - 3)];
    const result = minimize(f, [0.5], { gradient });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3.15, 9);
    expect(result.value).toBeCloseTo(-9.45, 12);
  });

  it("keeps interpolated steps inside the bracket when a steep wall follows a descent", () => {
    // -x² up to 3, then a parabola of curvature 2000 with its minimum at 3.003.
    const f = ([x]: readonly number[]): number => (x! < 3 ? -(x! ** 2) : -9 - 6 * (x! - 3) + 1000 * (x! - 3) ** 2);
    const gradient = ([x]: readonly number[]): number[] => [x! < 3 ? -2 * x! : -6 + 2000 * (x! - 3)];
    const result = minimize(f, [0.5], { gradient });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3.003, 9);
  });

  it("reports no convergence when the iterations run out", () => {
    const result = minimize(rosenbrock, [-1.2, 1], { gradient: rosenbrockGradient, maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });

  it("reports no convergence from a start where the objective is not finite", () => {
    const result = minimize(() => Number.NaN, [1, 2]);
    expect(result).toEqual({ x: [1, 2], value: Infinity, converged: false, iterations: 0 });
  });

  it("reports no convergence for an objective unbounded below", () => {
    const result = minimize(([x]) => -x!, [0], { gradient: () => [-1] });
    expect(result.converged).toBe(false);
  });

  it("restarts from steepest descent when a line search fails, then stops without convergence", () => {
    // A gradient that turns wrong (pointing uphill) after a few calls: no step can satisfy the
    // line search any more, with the BFGS direction or after the restart.
    let calls = 0;
    const gradient = (x: readonly number[]): number[] => {
      calls++;
      const g = quadraticGradient(x);
      return calls > 4 ? g.map((v) => -v) : g;
    };
    const result = minimize(quadratic, [40, 25], { gradient });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBeGreaterThan(0);
  });
});

describe("centralGradient", () => {
  it("matches the analytic gradient of Rosenbrock's function", () => {
    const g = centralGradient(rosenbrock, [-1.2, 1]);
    const exact = rosenbrockGradient([-1.2, 1]);
    expect(g[0]! / exact[0]! - 1).toBeCloseTo(0, 8);
    expect(g[1]! / exact[1]! - 1).toBeCloseTo(0, 8);
  });
});

describe("hessian", () => {
  // f(x, y) = eˣ y² + sin(x y): its Hessian in closed form is
  // [[eˣ y² - y² sin(xy), 2eˣ y + cos(xy) - xy sin(xy)], [·, 2eˣ - x² sin(xy)]].
  const f = ([x, y]: readonly number[]): number => Math.exp(x!) * y! ** 2 + Math.sin(x! * y!);
  const g = ([x, y]: readonly number[]): number[] => [
    Math.exp(x!) * y! ** 2 + y! * Math.cos(x! * y!),
    2 * Math.exp(x!) * y! + x! * Math.cos(x! * y!),
  ];
  const at = [0.3, -1.7];
  const [x, y] = at as [number, number];
  const exact = [
    [Math.exp(x) * y * y - y * y * Math.sin(x * y), 2 * Math.exp(x) * y + Math.cos(x * y) - x * y * Math.sin(x * y)],
    [2 * Math.exp(x) * y + Math.cos(x * y) - x * y * Math.sin(x * y), 2 * Math.exp(x) - x * x * Math.sin(x * y)],
  ];

  it("matches the closed form from differences of the analytic gradient", () => {
    const h = hessian(f, at, g);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(h[i]![j]).toBeCloseTo(exact[i]![j]!, 8);
  });

  it("matches the closed form from second differences of the objective", () => {
    const h = hessian(f, at);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(h[i]![j]).toBeCloseTo(exact[i]![j]!, 6);
  });

  it("handles a parameter at zero with an absolute step", () => {
    const h = hessian(quadratic, [0, 0]);
    expect(h[0]![0]).toBeCloseTo(4, 5);
    expect(h[0]![1]).toBeCloseTo(1, 5);
  });
});

describe("standardErrors", () => {
  it("are the square roots of the inverse Hessian's diagonal: √(3/11) and √(4/11) for the quadratic", () => {
    for (const se of [standardErrors(quadratic, c, quadraticGradient), standardErrors(quadratic, c)]) {
      expect(se![0]).toBeCloseTo(Math.sqrt(3 / 11), 6);
      expect(se![1]).toBeCloseTo(Math.sqrt(4 / 11), 6);
    }
  });

  it("are undefined at a saddle, where the information matrix is not positive definite", () => {
    expect(standardErrors(([x, y]) => x! ** 2 - y! ** 2, [0, 0])).toBeUndefined();
  });
});

describe("inverseOfPositiveDefinite", () => {
  it("inverts a 3 × 3 matrix (checked by multiplying back)", () => {
    const m = [
      [4, 2, 0.6],
      [2, 5, 1],
      [0.6, 1, 3],
    ];
    const inverse = inverseOfPositiveDefinite(m)!;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const product = m[i]!.reduce((sum, v, k) => sum + v * inverse[k]![j]!, 0);
        expect(product).toBeCloseTo(i === j ? 1 : 0, 14);
      }
    }
  });

  it("is undefined for a matrix that is not positive definite or not finite", () => {
    expect(
      inverseOfPositiveDefinite([
        [1, 2],
        [2, 1],
      ]),
    ).toBeUndefined();
    expect(inverseOfPositiveDefinite([[Number.NaN]])).toBeUndefined();
  });
});
