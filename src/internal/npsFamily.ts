import { CxMetricsError } from "../errors.js";
import { fail } from "./fail.js";
import { readConfidence, readMethod } from "./intervalOptions.js";
import { type NpsCounted, npsScore, readNpsCounts } from "./npsCounts.js";
import { NPS_METHODS, npsEstimate } from "./npsEstimate.js";
import type { Fields } from "./readers.js";
import type { Family } from "./segments.js";

/** Counts by category, as `computeNps`, `npsInterval` and `compareNps` take them. */
export interface NpsCategoryCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** The confidence level and interval method the segment and trend functions pass on. */
export interface NpsSettings {
  readonly confidence: number;
  readonly method: (typeof NPS_METHODS)[number];
}

/**
 * The public `npsInterval` and `compareNps`, passed in by the public segment and trend functions
 * (internal modules import no public ones).
 */
export interface NpsStatistics {
  interval(counts: NpsCategoryCounts, settings: NpsSettings): ReturnType<Family<NpsCounted>["interval"]>;
  compare(a: NpsCategoryCounts, b: NpsCategoryCounts, settings: NpsSettings): ReturnType<Family<NpsCounted>["compare"]>;
}

/**
 * The NPS for the segment and trend functions: counts read as `computeNps` reads them, intervals
 * and comparisons from `statistics` (`npsInterval` and `compareNps`, with the caller's confidence
 * and method), and the spread of one response from the pooled trinomial variance
 * `p + d - (p - d)^2`.
 */
export function npsFamily(
  metric: string,
  o: Fields,
  statistics: NpsStatistics,
): { family: Family<NpsCounted>; confidence: number } {
  const { confidence } = readConfidence(metric, "options.confidence", o["confidence"]);
  const method = readMethod(metric, o["method"], NPS_METHODS);
  const settings: NpsSettings = { confidence, method };
  const family: Family<NpsCounted> = {
    metric,
    read: (value, field) => {
      try {
        return readNpsCounts(metric, value, field, `${field}.`);
      } catch (error) {
        // A group's tally is the group itself: name its fields as the caller wrote them
        // (`segments.north.counts[2]`, not `segments.north.tally.counts[2]`).
        const tally = `${field}.tally`;
        if (error instanceof CxMetricsError && error.field.startsWith(tally)) {
          const { code, expected, received } = error;
          fail({ code, metric, field: field + error.field.slice(tally.length), expected, received });
        }
        throw error;
      }
    },
    responses: (c) => c.responses,
    score: (c) => (c.responses === 0 ? undefined : npsScore(c)),
    merge: (a, b) => ({
      promoters: a.promoters + b.promoters,
      passives: a.passives + b.passives,
      detractors: a.detractors + b.detractors,
      responses: a.responses + b.responses,
    }),
    without: (a, b) => ({
      promoters: a.promoters - b.promoters,
      passives: a.passives - b.passives,
      detractors: a.detractors - b.detractors,
      responses: a.responses - b.responses,
    }),
    interval: (c) => statistics.interval(asInput(c), settings),
    compare: (a, b) => statistics.compare(asInput(a), asInput(b), settings),
    spread: (c) => 100 * Math.sqrt(npsEstimate(c.promoters, c.detractors, c.responses, "wald").variance),
    range: [-100, 100],
  };
  return { family, confidence };
}

/** The counts as `computeNps` takes them (without their total, which it does not accept). */
function asInput(c: NpsCounted): NpsCategoryCounts {
  return { promoters: c.promoters, passives: c.passives, detractors: c.detractors };
}
