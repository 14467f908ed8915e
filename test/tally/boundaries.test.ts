import { describe, expect, it } from "vitest";
import { mergeTallies, npsSampleSize, type RatingTally, tally, tallyFromRows } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

// The largest count: 100 times it is still a safe integer.
const MAX = 90071992547409;
const zeros = (): number[] => new Array<number>(11).fill(0);

describe("count limits, exactly at the boundary", () => {
  it("is the largest count whose hundredfold is a safe integer", () => {
    expect(MAX).toBe(Math.floor(Number.MAX_SAFE_INTEGER / 100));
    expect(Number.isSafeInteger(100 * MAX)).toBe(true);
    expect(Number.isSafeInteger(100 * (MAX + 1))).toBe(false);
  });

  it("accepts a tally whose counts add up to exactly the largest count, and rejects one more", () => {
    const at: RatingTally = { min: 0, max: 10, counts: [MAX - 5, 5, ...zeros().slice(2)] };
    expect(mergeTallies([at]).counts[0]).toBe(MAX - 5);
    expect(mergeTallies([at, { min: 0, max: 10, counts: zeros() }]).counts[1]).toBe(5);
    expectCxError(() => mergeTallies([at, { min: 0, max: 10, counts: [1, ...zeros().slice(1)] }]), {
      code: "inconsistent",
      field: "tallies[1]",
    });
    expectCxError(() => mergeTallies([{ min: 0, max: 10, counts: [MAX, 1, ...zeros().slice(2)] }]), {
      code: "out-of-range",
      field: "tallies[0].counts",
    });
  });

  it("takes GROUP BY counts up to exactly the largest count, as bigint or number", () => {
    expect(tallyFromRows([{ score: 0, count: BigInt(MAX) }]).counts[0]).toBe(MAX);
    expect(tallyFromRows([{ score: 0, count: 0n }]).counts[0]).toBe(0);
    expectCxError(() => tallyFromRows([{ score: 0, count: BigInt(MAX) + 1n }]), { code: "out-of-range", field: "rows[0].count" });
    expect(tallyFromRows([{ score: 0, count: MAX - 1 }, { score: 1, count: 1 }]).counts.slice(0, 2)).toEqual([MAX - 1, 1]);
    expectCxError(() => tallyFromRows([{ score: 0, count: MAX }, { score: 1, count: 1 }]), {
      code: "out-of-range",
      field: "rows[1].count",
    });
  });

  it("counts every rating of a Set or generator once", () => {
    expect(tally(new Set([1, 2, 2])).counts.slice(0, 3)).toEqual([0, 1, 1]);
    function* answers(): Generator<number> {
      yield 10;
      yield 10;
      yield 0;
    }
    expect(tally(answers()).counts).toEqual([1, ...zeros().slice(1, 10), 2]);
  });

  it("accepts promoter and detractor shares that add up to exactly 100", () => {
    expect(npsSampleSize({ marginOfError: 10, promoterPercent: 60, detractorPercent: 40 })).toBeGreaterThan(1);
    expectCxError(() => npsSampleSize({ marginOfError: 10, promoterPercent: 60, detractorPercent: 40.01 }), {
      code: "inconsistent",
      field: "detractorPercent",
    });
  });
});
