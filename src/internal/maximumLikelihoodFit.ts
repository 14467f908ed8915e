import { centralGradient, hessian, inverseOfPositiveDefinite, minimize } from "./optimize.js";

/** A maximum-likelihood fit over positive parameters. */
export interface LikelihoodFit {
  readonly parameters: number[];
  readonly logLikelihood: number;
  readonly standardErrors: number[] | undefined;
  readonly converged: boolean;
  readonly iterations: number;
}

/** A log-likelihood and, optionally, its gradient, in the models' own (positive) parameters. */
export interface Likelihood {
  readonly value: (theta: readonly number[]) => number;
  readonly gradient?: (theta: readonly number[]) => number[];
}

const GRADIENT_TOLERANCE = 1e-8;
const NEWTON_STEPS = 3;
const LOG_BOUND = 30;

/**
 * Maximises a log-likelihood over positive parameters: BFGS (see optimize.ts) on their
 * logarithms, minimising the negative log-likelihood per customer so that one gradient tolerance
 * (1e-8) suits any number of customers; then up to three Newton steps with the observed
 * information at the point BFGS reached (one Hessian for all steps), each kept only if it shrinks
 * the gradient. The Newton steps take the parameters to the
 * limit of double precision, which a line search on the objective's values cannot reach on a
 * flat likelihood (Pareto/NBD's β). Standard errors come from that observed information matrix, the Hessian of the
 * negative log-likelihood in the original parameters (see `standardErrors` in optimize.ts, whose
 * method this repeats so the matrix serves twice).
 */
export function fitByMaximumLikelihood(
  likelihood: Likelihood,
  start: readonly number[],
  customers: number,
  maxIterations: number,
): LikelihoodFit {
  const { value, gradient } = likelihood;
  // Parameters beyond e^±30 (1e13) are treated as outside the domain, so a line search on a flat
  // likelihood cannot wander to values where the special functions' series take their longest.
  const objective = (phi: readonly number[]): number =>
    phi.every((v) => Math.abs(v) <= LOG_BOUND) ? -value(phi.map(Math.exp)) / customers : Infinity;
  const objectiveGradient =
    gradient === undefined
      ? (phi: readonly number[]): number[] => centralGradient(objective, phi)
      : (phi: readonly number[]): number[] => {
          const theta = phi.map(Math.exp);
          return gradient(theta).map((g, i) => (-g * theta[i]!) / customers);
        };
  const minimum = minimize(objective, start.map(Math.log), {
    maxIterations,
    gradient: objectiveGradient,
    gradientTolerance: GRADIENT_TOLERANCE,
  });
  // The observed information in the original parameters, at the point BFGS reached; its inverse
  // gives the standard errors, and, carried to the log-parameters, the Newton steps.
  const negative = (theta: readonly number[]): number => -value(theta);
  const negativeGradient = gradient && ((theta: readonly number[]): number[] => gradient(theta).map((g) => -g));
  let phi = minimum.x;
  const theta0 = phi.map(Math.exp);
  const information = hessian(negative, theta0, negativeGradient);
  const covariance = inverseOfPositiveDefinite(information);
  let g = objectiveGradient(phi);
  let size = largest(g);
  // ∂²f/∂φᵢ∂φⱼ = θᵢθⱼ ∂²f/∂θᵢ∂θⱼ + δᵢⱼ ∂f/∂φᵢ for f(θ) = f(e^φ), per customer.
  const newton = inverseOfPositiveDefinite(
    information.map((row, i) => row.map((h, j) => (theta0[i]! * theta0[j]! * h) / customers + (i === j ? g[i]! : 0))),
  );
  for (let step = 0; newton !== undefined && step < NEWTON_STEPS; step++) {
    const next = phi.map((v, i) => v - newton[i]!.reduce((sum, h, j) => sum + h * g[j]!, 0));
    const nextGradient = objectiveGradient(next);
    const nextSize = largest(nextGradient);
    if (!(nextSize < size)) break;
    phi = next;
    g = nextGradient;
    size = nextSize;
  }
  const parameters = phi.map(Math.exp);
  return {
    parameters,
    logLikelihood: value(parameters),
    standardErrors: covariance?.map((row, i) => Math.sqrt(row[i]!)),
    converged: Number.isFinite(minimum.value) && size <= GRADIENT_TOLERANCE,
    iterations: minimum.iterations,
  };
}

/** The largest component of a vector in size (NaN when any is NaN, as Math.max gives). */
function largest(v: readonly number[]): number {
  return v.reduce((m, g) => Math.max(m, Math.abs(g)), 0);
}
