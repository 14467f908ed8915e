/**
 * Unconstrained minimisation and the standard errors of a maximum-likelihood fit, for the
 * customer-base models (which minimise a negative log-likelihood over the logarithms of their
 * positive parameters).
 *
 * The minimiser is BFGS with a line search that meets the strong Wolfe conditions (Nocedal and
 * Wright, "Numerical Optimization", 2nd ed., 2006, Algorithms 6.1, 3.5 and 3.6, with the initial
 * inverse Hessian scaled by (6.20)). The strong Wolfe conditions keep the curvature yᵀs positive,
 * so the inverse-Hessian update never loses positive definiteness. BFGS was chosen over
 * Nelder-Mead because it converges superlinearly to the tight tolerances a maximum-likelihood fit
 * needs (a Nelder-Mead simplex stalls at about the square root of machine precision in the
 * parameters); where no analytic gradient is given, central differences stand in for it. A line
 * search that fails restarts once from the steepest-descent direction; failing again, the
 * minimiser stops and reports `converged: false`.
 */

/** A function of a parameter vector. */
export type Objective = (x: readonly number[]) => number;
/** The gradient of an {@link Objective}. */
export type Gradient = (x: readonly number[]) => number[];

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /** The analytic gradient; central differences of the objective when absent. */
  readonly gradient?: Gradient;
  /** The most BFGS iterations (default 200). */
  readonly maxIterations?: number;
  /** Converged when every component of the gradient is at most this in size (default 1e-8). */
  readonly gradientTolerance?: number;
}

/** Where a minimisation stopped. */
export interface Minimum {
  /** The point reached. */
  readonly x: number[];
  /** The objective there. */
  readonly value: number;
  /** Whether the gradient there is within the tolerance. */
  readonly converged: boolean;
  /** BFGS iterations taken. */
  readonly iterations: number;
}

interface Point {
  readonly x: number[];
  readonly value: number;
  readonly gradient: number[];
}

const ARMIJO = 1e-4; // c₁ of the sufficient-decrease condition
const CURVATURE = 0.9; // c₂ of the curvature condition, the usual value for quasi-Newton methods
const MAX_STEPS = 40;

/**
 * Minimises `f` from `x0` by BFGS. Non-finite objective values count as +∞, so a model can
 * return NaN or ∞ outside its domain and the line search steps back.
 */
export function minimize(f: Objective, x0: readonly number[], options: MinimizeOptions = {}): Minimum {
  const { maxIterations = 200, gradientTolerance = 1e-8 } = options;
  const gradient = options.gradient ?? ((x: readonly number[]) => centralGradient(f, x));
  const evaluate = (x: number[]): Point => {
    const value = f(x);
    return Number.isFinite(value) ? { x, value, gradient: gradient(x) } : { x, value: Infinity, gradient: [] };
  };
  const n = x0.length;
  let point = evaluate([...x0]);
  let inverse: number[][] | undefined; // the inverse-Hessian estimate; undefined until the first step
  let iterations = 0;
  while (iterations < maxIterations && !isStationary(point.gradient, gradientTolerance)) {
    const direction =
      inverse === undefined
        ? point.gradient.map((g) => -g / Math.max(1, norm(point.gradient)))
        : times(inverse, point.gradient, -1);
    const next = lineSearch(evaluate, point, direction);
    if (next === undefined) {
      if (inverse === undefined) break; // steepest descent found no step either
      inverse = undefined; // restart from steepest descent
      continue;
    }
    iterations++;
    const s = next.x.map((v, i) => v - point.x[i]!);
    const y = next.gradient.map((v, i) => v - point.gradient[i]!);
    const sy = dot(s, y);
    if (inverse === undefined) inverse = identity(n, sy / dot(y, y));
    inverse = updateInverse(inverse, s, y, sy);
    point = next;
  }
  return {
    x: point.x,
    value: point.value,
    converged: Number.isFinite(point.value) && isStationary(point.gradient, gradientTolerance),
    iterations,
  };
}

/** Whether every gradient component is within the tolerance (false for a point with no gradient). */
function isStationary(gradient: readonly number[], tolerance: number): boolean {
  return gradient.length > 0 && gradient.every((g) => Math.abs(g) <= tolerance);
}

/**
 * A step length along `direction` meeting the strong Wolfe conditions (Nocedal and Wright,
 * Algorithm 3.5: expand until the minimum is bracketed, then Algorithm 3.6, zoom, here with
 * safeguarded quadratic interpolation). Undefined when `direction` is not downhill or no such
 * step is found.
 */
function lineSearch(evaluate: (x: number[]) => Point, start: Point, direction: readonly number[]): Point | undefined {
  const slope0 = dot(start.gradient, direction);
  if (!(slope0 < 0)) return undefined;
  const at = (step: number): Point => evaluate(start.x.map((v, i) => v + step * direction[i]!));
  const slope = (p: Point): number => dot(p.gradient, direction);
  const sufficient = (p: Point, step: number): boolean => p.value <= start.value + ARMIJO * step * slope0;
  const flatEnough = (p: Point): boolean => Math.abs(slope(p)) <= -CURVATURE * slope0;

  const zoom = (lo: { step: number; p: Point }, hi: { step: number; p: Point }): Point | undefined => {
    for (let i = 0; i < MAX_STEPS; i++) {
      const step = interpolate(lo.step, lo.p.value, slope(lo.p), hi.step, hi.p.value);
      const p = at(step);
      if (!sufficient(p, step) || p.value >= lo.p.value) hi = { step, p };
      else {
        if (flatEnough(p)) return p;
        if (slope(p) * (hi.step - lo.step) >= 0) hi = lo;
        lo = { step, p };
      }
    }
    return undefined;
  };

  let previous = { step: 0, p: start };
  let step = 1;
  for (let i = 0; i < MAX_STEPS; i++) {
    const p = at(step);
    if (!sufficient(p, step) || (i > 0 && p.value >= previous.p.value)) return zoom(previous, { step, p });
    if (flatEnough(p)) return p;
    if (slope(p) >= 0) return zoom({ step, p }, previous);
    previous = { step, p };
    step *= 2;
  }
  return undefined;
}

/**
 * The minimiser of the quadratic through (lo, fLo) with slope dLo at lo and through (hi, fHi),
 * kept within the middle 80 % of the interval; the midpoint when fHi is not finite.
 */
function interpolate(lo: number, fLo: number, dLo: number, hi: number, fHi: number): number {
  const width = hi - lo;
  const t = Number.isFinite(fHi) ? (-dLo * width) / (2 * (fHi - fLo - dLo * width)) : 0.5;
  return lo + width * (t > 0.1 ? Math.min(0.9, t) : 0.1);
}

/** The BFGS update of the inverse Hessian (Nocedal and Wright 6.17). */
function updateInverse(h: number[][], s: readonly number[], y: readonly number[], sy: number): number[][] {
  const rho = 1 / sy;
  const hy = times(h, y, 1);
  const yhy = dot(y, hy);
  return h.map((row, i) =>
    row.map((v, j) => v - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!),
  );
}

function identity(n: number, scale: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? scale : 0)));
}

function times(m: readonly (readonly number[])[], v: readonly number[], sign: number): number[] {
  return m.map((row) => sign * dot(row, v));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function norm(v: readonly number[]): number {
  return Math.sqrt(dot(v, v));
}

/** A relative step for differences at x: `fraction` of |x|, or of 1 when |x| is below 1. */
function stepAt(x: number, fraction: number): number {
  return fraction * Math.max(1, Math.abs(x));
}

/** The gradient by central differences, step ε^(1/3) relative (the step that balances truncation and rounding). */
export function centralGradient(f: Objective, x: readonly number[]): number[] {
  return x.map((_, i) => {
    const h = stepAt(x[i]!, 6e-6);
    return (f(shifted(x, i, h)) - f(shifted(x, i, -h))) / (2 * h);
  });
}

function shifted(x: readonly number[], i: number, h: number): number[] {
  const copy = [...x];
  copy[i] = x[i]! + h;
  return copy;
}

/**
 * The Hessian of `f` at `x`: central differences of the analytic gradient when given (step
 * 1e-5 of each parameter's size, rows symmetrised), else second differences of `f` itself
 * (step 1e-3 of each parameter's size: the likelihoods here are sums over thousands of customers,
 * whose rounding a smaller step would amplify). Steps are relative to |xᵢ|, for parameters of any scale.
 */
export function hessian(f: Objective, x: readonly number[], gradient?: Gradient): number[][] {
  const scale = (v: number): number => (v === 0 ? 1 : Math.abs(v));
  if (gradient !== undefined) {
    const columns = x.map((v, j) => {
      const h = 1e-5 * scale(v);
      const up = gradient(shifted(x, j, h));
      const down = gradient(shifted(x, j, -h));
      return up.map((u, i) => (u - down[i]!) / (2 * h));
    });
    return columns.map((column, i) => column.map((v, j) => (v + columns[j]![i]!) / 2));
  }
  const h = x.map((v) => 1e-3 * scale(v));
  const f0 = f(x);
  const at = (i: number, si: number, j: number, sj: number): number =>
    f(shifted(shifted(x, i, si * h[i]!), j, sj * h[j]!));
  return x.map((_, i) =>
    x.map((__, j) =>
      i === j
        ? (f(shifted(x, i, h[i]!)) - 2 * f0 + f(shifted(x, i, -h[i]!))) / (h[i]! * h[i]!)
        : (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i]! * h[j]!),
    ),
  );
}

/**
 * Standard errors of a maximum-likelihood estimate: the square roots of the diagonal of the
 * inverse of the observed information matrix, the Hessian of the negative log-likelihood `f` at
 * the optimum `x`, in the parameters `f` takes. Undefined when that matrix is not positive
 * definite (an optimum on a boundary or a flat ridge has no such errors).
 */
export function standardErrors(f: Objective, x: readonly number[], gradient?: Gradient): number[] | undefined {
  const inverse = inverseOfPositiveDefinite(hessian(f, x, gradient));
  return inverse?.map((row, i) => Math.sqrt(row[i]!));
}

/**
 * The inverse of a symmetric positive definite matrix by its Cholesky factor; undefined when
 * the matrix is not positive definite (or has non-finite entries).
 */
export function inverseOfPositiveDefinite(m: readonly (readonly number[])[]): number[][] | undefined {
  const n = m.length;
  const l: number[][] = m.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = m[j]![j]!;
    for (let k = 0; k < j; k++) d -= l[j]![k]! ** 2;
    if (!(d > 0)) return undefined;
    l[j]![j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      let v = m[i]![j]!;
      for (let k = 0; k < j; k++) v -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = v / l[j]![j]!;
    }
  }
  // Columns of the inverse: solve L Lᵀ x = eₖ.
  const columns = m.map((_, k) => {
    const z = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let v = i === k ? 1 : 0;
      for (let t = 0; t < i; t++) v -= l[i]![t]! * z[t]!;
      z[i] = v / l[i]![i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let v = z[i]!;
      for (let t = i + 1; t < n; t++) v -= l[t]![i]! * z[t]!;
      z[i] = v / l[i]![i]!;
    }
    return z;
  });
  return columns;
}
