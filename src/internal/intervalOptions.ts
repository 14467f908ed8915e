import { criticalValue } from "./normalDistribution.js";
import { readChoice, readNumber } from "./readers.js";

/** Confidence levels strictly between 0 and 1. */
const LEVEL = { above: 0, below: 1, noun: "a level" } as const;

/**
 * Reads a confidence level named `field` (default 0.95, strictly between 0 and 1) and returns it
 * with its two-sided critical value z.
 */
export function readConfidence(metric: string, field: string, value: unknown): { confidence: number; z: number } {
  const confidence = value === undefined ? 0.95 : readNumber(metric, field, value, LEVEL);
  return { confidence, z: criticalValue(confidence) };
}

/** Reads a `method` option named `options.method`: one of `methods`, the first being the default. */
export function readMethod<M extends string>(metric: string, value: unknown, methods: readonly [M, ...M[]]): M {
  return readChoice(metric, "options.method", value, methods, methods[0]);
}
