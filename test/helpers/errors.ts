import fc from "fast-check";
import { expect } from "vitest";
import { CxMetricsError, type CxMetricsErrorCode } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";

/** Runs `fn` and returns the `CxMetricsError` it throws; fails the test if it throws anything else. */
export function caught(fn: () => unknown): CxMetricsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CxMetricsError);
    return error as CxMetricsError;
  }
  throw new Error("expected a CxMetricsError, but nothing was thrown");
}

/** Asserts that `fn` throws a `CxMetricsError` with the given fields. */
export function expectCxError(
  fn: () => unknown,
  expected: { code: CxMetricsErrorCode; field: string; metric?: string },
): CxMetricsError {
  const error = caught(fn);
  expect({ code: error.code, field: error.field }).toEqual({ code: expected.code, field: expected.field });
  if (expected.metric !== undefined) expect(error.metric).toBe(expected.metric);
  return error;
}

/** A value that is not a number at all, as plain JavaScript might pass one. */
export const notANumberType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.constant("9"),
  fc.bigInt(),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
);

/** A bad number for a rating or count, with the error code it must give (below-range left out). */
export const badNumber: fc.Arbitrary<{ value: unknown; code: CxMetricsErrorCode }> = fc.oneof(
  notANumberType.map((value) => ({ value, code: "wrong-type" as const })),
  fc.constant({ value: NaN, code: "not-a-number" as const }),
  fc.constantFrom(Infinity, -Infinity).map((value) => ({ value, code: "not-finite" as const })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
    .filter((x) => !Number.isInteger(x))
    .map((value) => ({ value, code: "not-integer" as const })),
);

/** A bad count with its code: a non-number, NaN, an infinity, a fraction or a negative integer. */
export const badCount: fc.Arbitrary<{ value: unknown; code: CxMetricsErrorCode }> = fc.oneof(
  badNumber,
  fc.integer({ min: -1e9, max: -1 }).map((value) => ({ value, code: "negative" as const })),
  fc.constantFrom(2 ** 53, MAX_COUNT + 1).map((value) => ({ value, code: "out-of-range" as const })),
);
