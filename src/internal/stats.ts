import { fail, num } from "./check.js";
import { criticalValue } from "./normal.js";

/** Reads `options.confidence` (default 0.95, strictly between 0 and 1) and returns it with its z. */
export function confidenceOption(metric: string, value: unknown): { confidence: number; z: number } {
  const confidence = num(
    metric,
    "options.confidence",
    value === undefined ? 0.95 : value,
    5e-324, // the smallest positive double
    1 - 2 ** -53,
    false,
    "a level strictly between 0 and 1",
  );
  return { confidence, z: criticalValue(confidence) };
}

/** Reads a `method` option: one of `methods`, the first being the default. */
export function methodOption<M extends string>(metric: string, value: unknown, methods: readonly M[]): M {
  if (value === undefined) return methods[0]!;
  if (!methods.includes(value as M)) fail("out-of-range", metric, "options.method", `one of ${methods.join(", ")}`, value);
  return value as M;
}

/** The NPS interval methods; the first is the default. */
export const NPS_METHODS = ["adjusted-wald", "wald"] as const;

/**
 * The centre (as a fraction, -1 to 1), the variance per respondent and the effective number of
 * respondents of an NPS estimate. Wald: the observed shares. Adjusted Wald: 0.75 pseudo-promoters,
 * 1.5 pseudo-passives and 0.75 pseudo-detractors added first (Rocks 2016).
 */
export function npsEstimate(
  promoters: number,
  detractors: number,
  responses: number,
  method: (typeof NPS_METHODS)[number],
): { centre: number; variance: number; n: number } {
  const adjust = method === "adjusted-wald" ? 0.75 : 0;
  const n = responses + 4 * adjust;
  const p = (promoters + adjust) / n;
  const d = (detractors + adjust) / n;
  const centre = p - d;
  return { centre, variance: Math.max(0, p + d - centre * centre), n };
}
