export { acquisitionRate, type AcquisitionRateInput } from "./customers/acquisitionRate.js";
export { adjustPValues, type AdjustPValuesOptions, type PValueAdjustment } from "./stats/adjustPValues.js";
export { arpa, type ArpaInput } from "./revenue/arpa.js";
export { arr } from "./revenue/arr.js";
export { averageOrderValue, type AverageOrderValueInput } from "./revenue/averageOrderValue.js";
export { bgBbExpectedPurchases, type BgBbForecastOptions } from "./models/bgBbExpectedPurchases.js";
export { bgBbNewCustomerPurchases } from "./models/bgBbNewCustomerPurchases.js";
export { bgBbProbabilityAlive, type BgBbCustomer } from "./models/bgBbProbabilityAlive.js";
export { bgNbdExpectedPurchases, type PurchaseForecastOptions } from "./models/bgNbdExpectedPurchases.js";
export { bgNbdNewCustomerPurchases } from "./models/bgNbdNewCustomerPurchases.js";
export { bgNbdProbabilityAlive } from "./models/bgNbdProbabilityAlive.js";
export { cac, type CacInput } from "./revenue/cac.js";
export { cacPaybackMonths, type CacPaybackMonthsInput } from "./revenue/cacPaybackMonths.js";
export { ces, type CesOptions, type CesResult } from "./survey/ces.js";
export { churnRate, type ChurnRateInput } from "./customers/churnRate.js";
export {
  clv,
  type ClvFromChurnInput,
  type ClvFromPurchasesInput,
  type ClvFromRetentionInput,
  type ClvInput,
} from "./revenue/clv.js";
export {
  cohortRetention,
  type AverageRetention,
  type Cohort,
  type CohortCustomer,
  type CohortPeriod,
  type CohortRetentionOptions,
  type CohortRetentionResult,
} from "./cohorts/cohortRetention.js";
export { compareNps, type NpsComparison } from "./stats/compareNps.js";
export {
  computeNps,
  type NpsCounts,
  type NpsInput,
  type NpsOptions,
  type NpsResult,
  type SurveyCell,
} from "./survey/computeNps.js";
export { crc, type CrcInput } from "./revenue/crc.js";
export { csat, type CsatCounts, type CsatOptions } from "./survey/csat.js";
export { csatBySegment, type CsatBySegmentOptions } from "./stats/csatBySegment.js";
export { csatTrend, type CsatTrendOptions } from "./stats/csatTrend.js";
export { customerGrowthRate, type CustomerGrowthRateInput } from "./customers/customerGrowthRate.js";
export {
  customerNetChange,
  type CustomerNetChangeInput,
  type CustomerNetChangeResult,
} from "./customers/customerNetChange.js";
export { CxMetricsError, type CxMetricsErrorCode, type CxMetricsErrorDetails } from "./errors.js";
export { expansionMrr, type ExpansionFromAverageInput, type MrrSnapshots } from "./revenue/expansionMrr.js";
export { fcr, type FcrInput } from "./support/fcr.js";
export { fitBgBb, type BgBbFit, type BgBbFitOptions, type BgBbParameters, type BgBbRow } from "./models/fitBgBb.js";
export {
  fitBgNbd,
  type BgNbdFit,
  type BgNbdFitOptions,
  type BgNbdParameters,
  type PurchaseHistory,
} from "./models/fitBgNbd.js";
export {
  fitGammaGamma,
  type GammaGammaFit,
  type GammaGammaFitOptions,
  type GammaGammaParameters,
  type GammaGammaRow,
} from "./models/fitGammaGamma.js";
export {
  fitParetoNbd,
  type ParetoNbdFit,
  type ParetoNbdFitOptions,
  type ParetoNbdParameters,
} from "./models/fitParetoNbd.js";
export { fitSbg, type FitSbgInput, type SbgFit, type SbgParameters, type SbgStandardErrors } from "./models/fitSbg.js";
export { gammaGammaExpectedValue, type GammaGammaCustomer } from "./models/gammaGammaExpectedValue.js";
export { grossMrrChurnRate, type GrossMrrChurnInput } from "./revenue/grossMrrChurnRate.js";
export { grossRevenueRetention, type GrossRevenueRetentionInput } from "./revenue/grossRevenueRetention.js";
export { healthBand, type HealthBand, type HealthBandOptions } from "./health/healthBand.js";
export { healthScore, type HealthComponent, type ScaledHealthComponent } from "./health/healthScore.js";
export { latestResponses, type IdentifiedResponse, type LatestResponsesOptions } from "./survey/latestResponses.js";
export {
  lifetimeValue,
  type LifetimeValueCustomer,
  type LifetimeValueModels,
  type LifetimeValueOptions,
} from "./models/lifetimeValue.js";
export { lifetimeValues } from "./models/lifetimeValues.js";
export { ltvToCac, type LtvToCacInput } from "./revenue/ltvToCac.js";
export { mergeTallies } from "./tally/mergeTallies.js";
export { mrr, type BillingInterval, type MrrFromAverageInput, type Subscription } from "./revenue/mrr.js";
export { mrrByCustomer, type MrrByCustomer } from "./revenue/mrrByCustomer.js";
export { mrrMovements, type MrrMovements, type MrrMovementsInput } from "./revenue/mrrMovements.js";
export { netMrrChurnRate, type NetMrrChurnInput } from "./revenue/netMrrChurnRate.js";
export { netRevenueRetention, type NetRevenueRetentionInput } from "./revenue/netRevenueRetention.js";
export {
  npsBySegment,
  type NpsBySegmentOptions,
  type NpsSegment,
  type Segments,
  type SegmentSortKey,
} from "./stats/npsBySegment.js";
export {
  npsInterval,
  type NpsIntervalMethod,
  type NpsIntervalOptions,
  type NpsIntervalResult,
} from "./stats/npsInterval.js";
export { npsSampleSize, type NpsSampleSizeInput } from "./stats/npsSampleSize.js";
export { npsTrend, type NpsTrend, type NpsTrendOptions, type NpsTrendPeriod, type Periods } from "./stats/npsTrend.js";
export { paretoNbdExpectedPurchases } from "./models/paretoNbdExpectedPurchases.js";
export { paretoNbdNewCustomerPurchases } from "./models/paretoNbdNewCustomerPurchases.js";
export { paretoNbdProbabilityAlive } from "./models/paretoNbdProbabilityAlive.js";
export {
  proportionBySegment,
  type ProportionBySegmentOptions,
  type ProportionSegment,
} from "./stats/proportionBySegment.js";
export {
  proportionInterval,
  type ProportionCounts,
  type ProportionInterval,
  type ProportionIntervalMethod,
  type ProportionIntervalOptions,
} from "./stats/proportionInterval.js";
export { proportionSampleSize, type ProportionSampleSizeInput } from "./stats/proportionSampleSize.js";
export {
  proportionTrend,
  type ProportionTrend,
  type ProportionTrendOptions,
  type ProportionTrendPeriod,
} from "./stats/proportionTrend.js";
export { quickRatio, type QuickRatioInput } from "./revenue/quickRatio.js";
export { rake, type RakeOptions, type RakeResult, type RakeTargets } from "./stats/rake.js";
export type { RatingScale } from "./survey/ratingScale.js";
export { ratingsFromText } from "./survey/ratingsFromText.js";
export type { RatingTally } from "./tally/ratingTally.js";
export { referralRate, type ReferralRateInput } from "./customers/referralRate.js";
export { renewalRate, type RenewalRateInput } from "./customers/renewalRate.js";
export { repeatPurchaseRate, type RepeatPurchaseRateInput } from "./customers/repeatPurchaseRate.js";
export { responseRate, type ResponseRateInput } from "./survey/responseRate.js";
export { retentionRate, type RetentionRateInput } from "./customers/retentionRate.js";
export {
  revenueRetention,
  type AverageRevenueRetention,
  type RevenueCohort,
  type RevenueRetentionOptions,
  type RevenueRetentionResult,
  type RevenueRow,
} from "./cohorts/revenueRetention.js";
export { rfmGroups, type RfmGroup, type RfmGroupsOptions } from "./models/rfmGroups.js";
export { rfmSummary, type RfmCustomer, type RfmSummaryOptions, type RfmTransaction } from "./models/rfmSummary.js";
export { sbgDel, type SbgDelInput } from "./models/sbgDel.js";
export { sbgDerl, type SbgDerlInput } from "./models/sbgDerl.js";
export { sbgLifetimeValue, type SbgLifetimeValueInput } from "./models/sbgLifetimeValue.js";
export { sbgProjection, type SbgProjectionInput } from "./models/sbgProjection.js";
export { sbgRetentionRate, type SbgRetentionRateInput } from "./models/sbgRetentionRate.js";
export { sbgSurvival, type SbgSurvivalInput } from "./models/sbgSurvival.js";
export { tally, type TallyOptions } from "./tally/tally.js";
export { tallyFromRows, type TallyFromRowsOptions } from "./tally/tallyFromRows.js";
export { trialConversionRate, type TrialConversionRateInput } from "./customers/trialConversionRate.js";
export {
  weightedCsat,
  type WeightedCsatOptions,
  type WeightedCsatResult,
  type WeightedRating,
} from "./stats/weightedCsat.js";
export {
  weightedNps,
  type WeightedNpsOptions,
  type WeightedNpsResult,
  type WeightedScore,
} from "./stats/weightedNps.js";
