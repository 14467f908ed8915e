import { forEachItem } from "../internal/collections.js";
import { fail } from "../internal/fail.js";
import { readNumber, readOptions, readPercent, readRecord } from "../internal/readers.js";

/**
 * Target population shares for raking: for each variable (such as `plan` or `region`), the
 * percentage of the population in each of its categories; each variable's shares add up to 100.
 *
 * @category Statistics
 */
export type RakeTargets = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * Options for {@link rake}.
 *
 * @category Statistics
 */
export interface RakeOptions {
  /** The most passes over all variables, a whole number from 1 to 100,000. Default 1,000. */
  readonly maxIterations?: number;
  /**
   * The largest gap, in percentage points, between a weighted share and its target at which raking
   * stops. Above 0, at most 100. Default 1e-10.
   */
  readonly tolerance?: number;
}

/**
 * Raking weights and how they were found.
 *
 * @category Statistics
 */
export interface RakeResult {
  /** One weight per respondent, in input order; they add up to the number of respondents (mean 1). */
  readonly weights: number[];
  /** The number of passes over all variables made. */
  readonly iterations: number;
  /** Whether every weighted share came within `tolerance` of its target. */
  readonly converged: boolean;
  /** The largest gap between a weighted share and its target after the last pass, in percentage points. */
  readonly maxDifferencePoints: number;
  /** Kish's effective sample size of the weights, `(sum w)^2 / sum w^2`. */
  readonly effectiveResponses: number;
}

const METRIC = "rake";

/**
 * Computes survey weights by raking (iterative proportional fitting): weights that make the
 * sample's shares match known population shares on several variables at once (plan and region,
 * say), when enterprise customers answer surveys less often than small ones.
 *
 * Starting from weights of 1, each pass adjusts the variables in turn: every respondent's weight
 * is multiplied by `target share / current weighted share` of its category, so that variable's
 * weighted shares match their targets exactly (Deming and Stephan, "On a Least Squares Adjustment
 * of a Sampled Frequency Table When the Expected Marginal Totals are Known", Annals of
 * Mathematical Statistics 11(4), 1940). Passes repeat until every variable's shares are within
 * `tolerance` percentage points of their targets, or `maxIterations` passes were made
 * (`converged: false`; the weights of the last pass are returned). This is the algorithm of R's
 * `survey::rake` (post-stratifying on each margin in turn); the tests check the weights against
 * it. The weights are scaled to add up to the number of respondents; use them with `weightedNps`
 * or `weightedCsat`.
 *
 * A category with a positive target but no respondents cannot be matched by any weights, and is
 * an error; respondents of a category whose target is 0 get weight 0.
 *
 * @param respondents - Records with a string field for each variable of `targets` (other fields
 *   are ignored), such as `{ plan: "pro", region: "EU" }`.
 * @param targets - For each variable, the population percentage of each category.
 * @param options - `maxIterations` (1,000) and `tolerance` (1e-10 percentage points).
 * @returns The weights and the convergence report, or `undefined` when there are no respondents.
 * @throws `CxMetricsError`: `wrong-type` for targets or respondents that are not objects, or a
 *   variable's value that is not a string (field `respondents[i].plan`); `out-of-range` for a
 *   value that is not one of the variable's categories, a share that is not a percentage (field
 *   `targets.plan.pro`), or no variables at all; `inconsistent` for shares that do not add up to
 *   100 (field `targets.plan`) or a category with a positive share and no respondents (field
 *   `targets.plan.enterprise`); `unknown-field` or `out-of-range` for bad options.
 *
 * @example
 * const r = rake(
 *   [{ plan: "free" }, { plan: "free" }, { plan: "free" }, { plan: "paid" }],
 *   { plan: { free: 50, paid: 50 } },
 * );
 * r?.weights; // => [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 2]
 * r?.converged; // => true
 * rake([], { plan: { free: 100 } }); // => undefined
 *
 * @category Statistics
 */
export function rake(
  respondents: Iterable<Readonly<Record<string, unknown>>>,
  targets: RakeTargets,
  options?: RakeOptions,
): RakeResult | undefined {
  const o = readOptions(METRIC, options, ["maxIterations", "tolerance"]);
  const maxIterations =
    o["maxIterations"] === undefined
      ? 1000
      : readNumber(METRIC, "options.maxIterations", o["maxIterations"], { min: 1, max: 100_000, integer: true });
  const tolerance =
    o["tolerance"] === undefined
      ? 1e-10
      : readNumber(METRIC, "options.tolerance", o["tolerance"], { above: 0, max: 100 });
  const margins = readTargets(targets);
  const members: number[][] = margins.map(() => []);
  forEachItem(METRIC, "respondents", respondents, (item) => {
    const r = readRecord(METRIC, "", item);
    margins.forEach((m, v) => {
      const value = r[m.variable];
      // A respondent without the variable contradicts the targets, which rake on it (often a
      // misspelt variable in the targets); any other non-string is simply the wrong type.
      if (value === undefined)
        fail({
          code: "inconsistent",
          metric: METRIC,
          field: `.${m.variable}`,
          expected: `a category, as targets.${m.variable} rakes on it`,
          received: value,
        });
      if (typeof value !== "string")
        fail({ code: "wrong-type", metric: METRIC, field: `.${m.variable}`, expected: "a string", received: value });
      const k = m.categories.indexOf(value);
      if (k < 0)
        // A category the targets do not list: the respondent and the targets contradict each other.
        fail({
          code: "inconsistent",
          metric: METRIC,
          field: `.${m.variable}`,
          expected: `one of the categories of targets.${m.variable} (${m.categories.join(", ")})`,
          received: value,
        });
      members[v]!.push(k);
    });
  });
  const n = members[0]!.length;
  if (n === 0) return undefined;
  margins.forEach((m, v) => {
    const present = new Set(members[v]);
    m.shares.forEach((share, k) => {
      if (share > 0 && !present.has(k)) {
        fail({
          code: "inconsistent",
          metric: METRIC,
          field: `targets.${m.variable}.${m.categories[k]}`,
          expected: "0 for a category without respondents",
          received: share,
        });
      }
    });
  });
  const weights = new Float64Array(n).fill(1);
  let iterations = 0;
  let gap = Infinity;
  while (iterations < maxIterations && !(gap <= tolerance)) {
    // One pass: each variable in turn, every weight times its category's target over its current weight.
    margins.forEach((m, v) => {
      const member = members[v]!;
      const factors = categorySums(weights, member, m.shares.length).map((s, k) =>
        s > 0 ? (m.shares[k]! * n) / s : 0,
      );
      for (let i = 0; i < n; i++) weights[i]! *= factors[member[i]!]!;
    });
    iterations++;
    gap = 0;
    margins.forEach((m, v) => {
      const sums = categorySums(weights, members[v]!, m.shares.length);
      for (let k = 0; k < sums.length; k++) gap = Math.max(gap, Math.abs((100 * sums[k]!) / n - 100 * m.shares[k]!));
    });
  }
  let squares = 0;
  for (const w of weights) squares += w * w;
  return {
    weights: Array.from(weights),
    iterations,
    converged: gap <= tolerance,
    maxDifferencePoints: gap,
    effectiveResponses: (n * n) / squares,
  };
}

/**
 * A variable's categories and their target shares as fractions that add up to exactly 1 after
 * division by their sum.
 */
interface Margin {
  readonly variable: string;
  readonly categories: readonly string[];
  readonly shares: readonly number[];
}

function readTargets(targets: unknown): Margin[] {
  const t = readRecord(METRIC, "targets", targets);
  const variables = Object.keys(t);
  if (variables.length === 0)
    fail({
      code: "out-of-range",
      metric: METRIC,
      field: "targets",
      expected: "at least one variable",
      received: targets,
    });
  return variables.map((variable) => {
    const field = `targets.${variable}`;
    const c = readRecord(METRIC, field, t[variable]);
    const categories = Object.keys(c);
    const percents = categories.map((k) => readPercent(METRIC, `${field}.${k}`, c[k]));
    const sum = percents.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-6)
      fail({ code: "inconsistent", metric: METRIC, field, expected: "shares that add up to 100", received: sum });
    return { variable, categories, shares: percents.map((p) => p / sum) };
  });
}

/** The weight of each category of one variable. */
function categorySums(weights: Float64Array, member: readonly number[], size: number): number[] {
  const sums = new Array<number>(size).fill(0);
  for (let i = 0; i < member.length; i++) sums[member[i]!]! += weights[i]!;
  return sums;
}
