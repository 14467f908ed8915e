/** The NPS interval methods; the first is the default. */
export const NPS_METHODS: readonly ["adjusted-wald", "wald"] = ["adjusted-wald", "wald"];

/** An NPS interval method. */
export type NpsMethod = (typeof NPS_METHODS)[number];

/** What an NPS interval or test needs of one sample. */
export interface NpsEstimate {
  /** The centre of the estimate, as a fraction from -1 to 1. */
  readonly centre: number;
  /** The variance of one response's score (+1, 0, -1) about the centre. */
  readonly variance: number;
  /** The effective number of respondents. */
  readonly n: number;
}

/**
 * The NPS estimate of a sample by `method`. Wald: the observed shares of promoters p and
 * detractors d, and the variance `p + d - (p - d)^2`. Adjusted Wald: 0.75 pseudo-promoters, 1.5
 * pseudo-passives and 0.75 pseudo-detractors added first (Rocks, "Interval Estimation for the
 * 'Net Promoter Score'", The American Statistician 70(4), 2016).
 *
 * The variance is computed from the counts P, D and passives Q of n responses as
 * `(Q (P + D) + 4 P D) / n^2`, the same quantity with every term non-negative, so it keeps its
 * relative precision when nearly every answer falls in one category (the textbook form subtracts
 * two nearly equal numbers there).
 */
export function npsEstimate(promoters: number, detractors: number, responses: number, method: NpsMethod): NpsEstimate {
  const added = method === "adjusted-wald" ? 0.75 : 0;
  const n = responses + 4 * added;
  const p = promoters + added;
  const d = detractors + added;
  const q = responses - promoters - detractors + 2 * added;
  return { centre: (p - d) / n, variance: (q * (p + d) + 4 * p * d) / (n * n), n };
}
