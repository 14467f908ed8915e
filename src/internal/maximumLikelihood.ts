import { minimize, standardErrors } from "./optimize.js";

/** A model's negative log-likelihood and its gradient, both in the model's positive parameters. */
export interface LikelihoodModel {
  /** The negative log-likelihood at positive parameters. */
  readonly negativeLogLikelihood: (parameters: readonly number[]) => number;
  /** Its gradient with respect to the parameters. */
  readonly gradient: (parameters: readonly number[]) => number[];
  /** Where the search starts (positive parameters). */
  readonly start: readonly number[];
  /** The number of customers: the search minimises the mean over them, of a size independent of their number. */
  readonly customers: number;
}

/** A maximum-likelihood estimate, its standard errors and how the search ended. */
export interface Estimate {
  readonly parameters: number[];
  readonly logLikelihood: number;
  readonly standardErrors: number[] | undefined;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Maximises a likelihood over positive parameters: BFGS on their logarithms (so every step stays
 * in the domain; the chain rule turns the gradient in `θ` into one in `ln θ` by multiplying by
 * `θ`), then the standard errors of `θ` itself from the observed information, the Hessian of the
 * negative log-likelihood in `θ` at the optimum (by differences of the analytic gradient).
 * Converged means a vanishing gradient and a positive definite information matrix there.
 */
export function maximiseLikelihood(model: LikelihoodModel): Estimate {
  const { negativeLogLikelihood, gradient } = model;
  const atLog = (y: readonly number[]): number[] => y.map(Math.exp);
  // The mean per customer, so that the optimiser's absolute gradient tolerance means the same
  // for 100 customers as for a million.
  const n = model.customers;
  const minimum = minimize((y) => negativeLogLikelihood(atLog(y)) / n, model.start.map(Math.log), {
    gradient: (y) => {
      const theta = atLog(y);
      return gradient(theta).map((g, i) => (g * theta[i]!) / n);
    },
  });
  const parameters = atLog(minimum.x);
  const errors = minimum.converged ? standardErrors(negativeLogLikelihood, parameters, gradient) : undefined;
  return {
    parameters,
    logLikelihood: -negativeLogLikelihood(parameters) + 0,
    standardErrors: errors,
    // A vanishing gradient where the information matrix is not positive definite is no strict
    // maximum: the likelihood rises towards a boundary (everyone bought every time) or along a
    // ridge, and the point reached is one of many. Such a fit is reported as not converged.
    converged: errors !== undefined,
    iterations: minimum.iterations,
  };
}
