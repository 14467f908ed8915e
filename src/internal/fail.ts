import { CxMetricsError, type CxMetricsErrorDetails } from "../errors.js";

/** Throws the library's one error from its details; never returns. */
export function fail(details: CxMetricsErrorDetails): never {
  throw new CxMetricsError(details);
}
