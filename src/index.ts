export { ces, type CesOptions, type CesResult } from "./survey/ces.js";
export { computeNps, type NpsCounts, type NpsInput, type NpsResult } from "./survey/computeNps.js";
export { csat, type CsatCounts, type CsatOptions } from "./survey/csat.js";
export { CxMetricsError, type CxMetricsErrorCode, type CxMetricsErrorDetails } from "./errors.js";
export type { RatingScale } from "./survey/ratingScale.js";
export { responseRate, type ResponseRateInput } from "./survey/responseRate.js";
