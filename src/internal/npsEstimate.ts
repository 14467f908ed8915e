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
 */
export function npsEstimate(promoters: number, detractors: number, responses: number, method: NpsMethod): NpsEstimate {
  const added = method === "adjusted-wald" ? 0.75 : 0;
  const n = responses + 4 * added;
  const p = (promoters + added) / n;
  const d = (detractors + added) / n;
  const centre = p - d;
  return { centre, variance: Math.max(0, p + d - centre * centre), n };
}
