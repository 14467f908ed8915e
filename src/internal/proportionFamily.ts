import { fail } from "./fail.js";
import { readConfidence, readMethod } from "./intervalOptions.js";
import { type Fields, readCount, readRecord } from "./readers.js";
import { percentOf } from "./results.js";
import { type Family, twoProportionPValue } from "./segments.js";

/** Successes out of trials, validated. */
export interface Shares {
  readonly successes: number;
  readonly trials: number;
}

/** The interval methods of `proportionInterval`. */
type ShareMethod = "wilson" | "agresti-coull" | "wald";

const METHODS: readonly [ShareMethod, ...ShareMethod[]] = ["wilson", "agresti-coull", "wald"];

/**
 * The public `proportionInterval`, passed in by the public segment and trend functions (internal
 * modules import no public ones).
 */
export type ShareInterval = (
  counts: Shares,
  settings: { readonly confidence: number; readonly method: ShareMethod },
) => ReturnType<Family<Shares>["interval"]>;

/** Reads `{ successes, trials }` (or the same counts under other names) with `successes <= trials`. */
export function readShares(metric: string, field: string, value: unknown, names: readonly [string, string]): Shares {
  const [part, whole] = names;
  const r = readRecord(metric, field, value, names);
  const successes = readCount(metric, `${field}.${part}`, r[part]);
  const trials = readCount(metric, `${field}.${whole}`, r[whole]);
  if (successes > trials) {
    fail({
      code: "inconsistent",
      metric,
      field: `${field}.${part}`,
      expected: `at most ${field}.${whole} (${trials})`,
      received: successes,
    });
  }
  return { successes, trials };
}

/**
 * A share (CSAT, FCR, renewal...) for the segment and trend functions: intervals from `interval`
 * (`proportionInterval`, with the caller's confidence and method), comparisons by the pooled
 * two-proportion z-test, and the spread of one response `sqrt(p (1 - p))` from the pooled share.
 */
export function proportionFamily(
  metric: string,
  o: Fields,
  read: (value: unknown, field: string) => Shares,
  interval: ShareInterval,
): { family: Family<Shares>; confidence: number } {
  const { confidence } = readConfidence(metric, "options.confidence", o["confidence"]);
  const method = readMethod(metric, o["method"], METHODS);
  const family: Family<Shares> = {
    metric,
    read,
    responses: (c) => c.trials,
    score: (c) => percentOf(c.successes, c.trials),
    merge: (a, b) => ({ successes: a.successes + b.successes, trials: a.trials + b.trials }),
    without: (a, b) => ({ successes: a.successes - b.successes, trials: a.trials - b.trials }),
    interval: (c) => interval(c, { confidence, method }),
    compare: (a, b) =>
      a.trials === 0 || b.trials === 0
        ? undefined
        : {
            difference: (100 * b.successes) / b.trials - (100 * a.successes) / a.trials,
            pValue: twoProportionPValue(a.successes, a.trials, b.successes, b.trials),
          },
    spread: (c) => {
      const p = c.successes / c.trials;
      return 100 * Math.sqrt(p * (1 - p));
    },
    range: [0, 100],
  };
  return { family, confidence };
}
