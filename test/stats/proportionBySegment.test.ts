import { describe, expect, it } from "vitest";
import { proportionBySegment, proportionInterval } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

// Reference values from R 4, computed once with
//   x <- c(a=45, b=70, c=20); n <- c(a=120, b=150, c=80)
//   p <- sapply(names(x), function(s) prop.test(c(x[s], sum(x)-x[s]), c(n[s], sum(n)-n[s]), correct=FALSE)$p.value)
//   p.adjust(p, "holm"); p.adjust(p, "BH"); 100 * prop.test(x[s], n[s], correct=FALSE)$conf.int
const SEGMENTS = {
  a: { successes: 45, trials: 120 },
  b: { successes: 70, trials: 150 },
  c: { successes: 20, trials: 80 },
};
const R_P = [0.76612720651373178, 0.0070496921683146623, 0.004521879195344798];
const R_HOLM = [0.76612720651373178, 0.014099384336629325, 0.013565637586034393];
const R_BH = [0.76612720651373178, 0.010574538252471993, 0.010574538252471993];
const R_WILSON = [
  [29.352429786446805, 46.423049374020792],
  [38.866050759928207, 54.633750869192312],
  [16.806231857542382, 35.484674619233978],
];

const close = (actual: number | undefined, expected: number): void =>
  expect(Math.abs(actual! / expected - 1)).toBeLessThan(1e-9);

describe("proportionBySegment", () => {
  it("tests each segment against the rest as R's prop.test(correct = FALSE) does, and adjusts as p.adjust", () => {
    proportionBySegment(SEGMENTS)!.forEach((r, i) => {
      close(r.pValue, R_P[i]!);
      close(r.adjustedPValue, R_HOLM[i]!);
    });
    proportionBySegment(SEGMENTS, { adjustment: "benjamini-hochberg" })!.forEach((r, i) => {
      close(r.adjustedPValue, R_BH[i]!);
    });
  });

  it("gives Wilson intervals by default, as R's prop.test(correct = FALSE)", () => {
    proportionBySegment(SEGMENTS)!.forEach((r, i) => {
      close(r.lower, R_WILSON[i]![0]!);
      close(r.upper, R_WILSON[i]![1]!);
    });
  });

  it("uses proportionInterval's method when asked", () => {
    const row = proportionBySegment(SEGMENTS, { method: "agresti-coull", confidence: 0.8 })![1]!;
    const interval = proportionInterval(SEGMENTS.b, { method: "agresti-coull", confidence: 0.8 })!;
    expect([row.lower, row.upper]).toEqual([interval.lower, interval.upper]);
  });

  it("gives the difference from the rest in percentage points", () => {
    const [a] = proportionBySegment(SEGMENTS)!;
    expect(a).toMatchObject({ score: 37.5, restResponses: 230, restScore: 9000 / 230, difference: 37.5 - 9000 / 230 });
  });

  it("does not mark as significant an adjusted p-value equal to 1 - confidence (the test is strict)", () => {
    const p = proportionBySegment(SEGMENTS)![0]!.adjustedPValue!;
    close(p, R_HOLM[0]!);
    // p is above 0.5, so 1 - (1 - p) gives p back exactly: alpha equals p.
    expect(1 - (1 - p)).toBe(p);
    expect(proportionBySegment(SEGMENTS, { confidence: 1 - p })![0]!.significant).toBe(false);
    expect(proportionBySegment(SEGMENTS, { confidence: 1 - p - 1e-9 })![0]!.significant).toBe(true);
  });

  it("gives no p-value when every response of every segment is a success (the standard error is 0)", () => {
    const rows = proportionBySegment({ a: { successes: 5, trials: 5 }, b: { successes: 9, trials: 9 } })!;
    expect(rows.map((r) => [r.difference, r.pValue, r.adjustedPValue, r.significant])).toEqual([
      [0, undefined, undefined, undefined],
      [0, undefined, undefined, undefined],
    ]);
  });

  it("keeps empty segments and returns undefined when all are empty", () => {
    const rows = proportionBySegment({ ...SEGMENTS, d: { successes: 0, trials: 0 } })!;
    expect(rows[3]).toMatchObject({ segment: "d", responses: 0, score: undefined, pValue: undefined });
    expect(proportionBySegment({ d: { successes: 0, trials: 0 } })).toBeUndefined();
  });

  it("rejects an array of segments and a bad confidence", () => {
    expectCxError(() => proportionBySegment([{ successes: 1, trials: 2 }] as never), {
      code: "wrong-type",
      field: "segments",
    });
    expectCxError(() => proportionBySegment(SEGMENTS, { confidence: -1 }), {
      code: "out-of-range",
      field: "options.confidence",
    });
  });

  it("rejects bad counts naming the segment's field", () => {
    expectCxError(() => proportionBySegment({ a: { successes: 6, trials: 5 } }), {
      code: "inconsistent",
      field: "segments.a.successes",
      metric: "proportionBySegment",
    });
    expectCxError(() => proportionBySegment({ a: { successes: 1.5, trials: 5 } }), {
      code: "not-integer",
      field: "segments.a.successes",
    });
    expectCxError(() => proportionBySegment({ a: { successes: 1, trials: -5 } }), {
      code: "negative",
      field: "segments.a.trials",
    });
    expectCxError(() => proportionBySegment({ a: { successes: 1, trial: 5 } } as never), {
      code: "unknown-field",
      field: "segments.a.trial",
    });
  });
});
