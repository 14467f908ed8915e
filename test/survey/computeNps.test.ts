import { describe, expect, it } from "vitest";
import { computeNps } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { expectCxError } from "../helpers/errors.js";

describe("computeNps", () => {
  // S1-NPS, S2-NPS, S4-NPS (seeds 001, 002, 004): promoters 9-10, passives 7-8, detractors 0-6;
  // NPS = % promoters - % detractors, from -100 to 100.
  it("S1-NPS S2-NPS S4-NPS: sorts each score of 0-10 into its category", () => {
    const result = computeNps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result).toStrictEqual({
      score: -500 / 11, // 100 x (2 - 7) / 11, correctly rounded
      promoters: 2,
      passives: 2,
      detractors: 7,
      responses: 11,
      promoterPercent: 200 / 11,
      passivePercent: 200 / 11,
      detractorPercent: 700 / 11,
    });
  });

  it("S1-NPS S2-NPS S4-NPS: puts the boundaries 6/7 and 8/9 where the definition puts them", () => {
    expect(computeNps([6])).toMatchObject({ detractors: 1, passives: 0, promoters: 0, score: -100 });
    expect(computeNps([7])).toMatchObject({ detractors: 0, passives: 1, promoters: 0, score: 0 });
    expect(computeNps([8])).toMatchObject({ detractors: 0, passives: 1, promoters: 0, score: 0 });
    expect(computeNps([9])).toMatchObject({ detractors: 0, passives: 0, promoters: 1, score: 100 });
  });

  it("S1-NPS S2-NPS S4-NPS: reaches exactly -100 and 100 at the ends of its range", () => {
    expect(computeNps([0, 3, 6])?.score).toBe(-100);
    expect(computeNps([9, 10, 10])?.score).toBe(100);
  });

  it("divides once, so 50 promoters and 21 detractors of 100 give exactly 29", () => {
    // The textbook (p / n - d / n) * 100 gives 29.000000000000004 here.
    expect(computeNps({ promoters: 50, passives: 29, detractors: 21 })?.score).toBe(29);
  });

  it("returns a positive zero, never -0, when promoters equal detractors", () => {
    expect(Object.is(computeNps([10, 0])?.score, 0)).toBe(true);
    expect(Object.is(computeNps({ promoters: 0, passives: 3, detractors: 0 })?.promoterPercent, 0)).toBe(true);
  });

  it("returns undefined when there are no responses, in every input form", () => {
    expect(computeNps([])).toBeUndefined();
    expect(computeNps(new Uint8Array(0))).toBeUndefined();
    expect(computeNps(new Set<number>())).toBeUndefined();
    expect(computeNps({ promoters: 0, passives: 0, detractors: 0 })).toBeUndefined();
  });

  it("reads typed arrays, sets, generators and array-like objects the same as arrays", () => {
    const scores = [10, 9, 8, 7, 6, 0, 10, 3];
    const expected = computeNps(scores);
    function* generate(): Generator<number> {
      yield* scores;
    }
    expect(computeNps(Uint8Array.from(scores))).toStrictEqual(expected);
    expect(computeNps(Uint8ClampedArray.from(scores))).toStrictEqual(expected);
    expect(computeNps(Float64Array.from(scores))).toStrictEqual(expected);
    expect(computeNps(Int8Array.from(scores))).toStrictEqual(expected);
    expect(computeNps(generate())).toStrictEqual(expected);
    expect(computeNps({ ...scores, length: scores.length })).toStrictEqual(expected);
    expect(computeNps(new Set([10, 0]))).toStrictEqual(computeNps([10, 0]));
  });

  it("gives the same result from a Uint8Array view at any offset and length as from its numbers", () => {
    const buffer = new Uint8Array([99, 10, 9, 8, 7, 6, 5, 10, 10, 10, 0, 1, 99]);
    for (let start = 1; start <= 4; start++) {
      for (let end = buffer.length - 1; end >= buffer.length - 4; end--) {
        const view = buffer.subarray(start, end);
        expect(computeNps(view)).toStrictEqual(computeNps([...view]));
      }
    }
  });

  it("rejects a bad byte at any position of a Uint8Array view, naming its index in the view", () => {
    for (const bad of [11, 200, 255]) {
      for (let at = 0; at < 9; at++) {
        const buffer = new Uint8Array(12).fill(9);
        buffer[1 + at] = bad;
        const view = buffer.subarray(1, 10);
        expectCxError(() => computeNps(view), { code: "out-of-range", field: `scores[${at}]` });
      }
    }
  });

  it("rejects a non-number at any position of an array, naming its index", () => {
    for (let at = 0; at < 8; at++) {
      const scores: unknown[] = new Array(8).fill(9);
      scores[at] = "9";
      expectCxError(() => computeNps(scores as number[]), { code: "wrong-type", field: `scores[${at}]` });
    }
  });

  it("rejects numbers far off the scale and fractions close to a score, and values that only look like a score", () => {
    for (const bad of [255, 256, 1e21, 2 ** 53, -0.5, 1e-7]) {
      const code = Number.isInteger(bad) ? "out-of-range" : "not-integer";
      expectCxError(() => computeNps([9, 9, 9, 9, 9, bad]), { code, field: "scores[5]" });
    }
    // Values a table lookup would read as the index 9: only numbers are scores.
    for (const bad of ["9", [9], new Number(9), { toString: () => "9" }]) {
      expectCxError(() => computeNps([9, 9, 9, 9, 9, bad as unknown as number]), {
        code: "wrong-type",
        field: "scores[5]",
      });
    }
  });

  it("accepts -0 as the score 0", () => {
    expect(computeNps([-0, 10])?.score).toBe(0);
  });

  it("S3-NPS-SCALE: rejects an 11, naming the score and its position", () => {
    const error = expectCxError(() => computeNps([10, 9, 8, 11]), { code: "out-of-range", field: "scores[3]" });
    expect(error.message).toBe("computeNps: scores[3] must be an integer from 0 to 10, received 11");
  });

  it("S3-NPS-SCALE: rejects fractional, negative and non-numeric scores with the code that names the fault", () => {
    expectCxError(() => computeNps([6.5, 9]), { code: "not-integer", field: "scores[0]" });
    expectCxError(() => computeNps([9, -1]), { code: "out-of-range", field: "scores[1]" });
    expectCxError(() => computeNps([9, NaN]), { code: "not-a-number", field: "scores[1]" });
    expectCxError(() => computeNps([Infinity]), { code: "not-finite", field: "scores[0]" });
    expectCxError(() => computeNps([9, 16]), { code: "out-of-range", field: "scores[1]" });
    expectCxError(() => computeNps([9, 2 ** 32 + 9]), { code: "out-of-range", field: "scores[1]" });
    expectCxError(() => computeNps([9, "9" as unknown as number]), { code: "wrong-type", field: "scores[1]" });
    expectCxError(() => computeNps([9, 9n as unknown as number]), { code: "wrong-type", field: "scores[1]" });
    expectCxError(() => computeNps([null as unknown as number]), { code: "wrong-type", field: "scores[0]" });
  });

  it("names the first of several scores off the scale", () => {
    expectCxError(() => computeNps([9, 12, 15, 3]), { code: "out-of-range", field: "scores[1]" });
  });

  it("rejects a hole in a sparse array", () => {
    // eslint-disable-next-line no-sparse-arrays
    expectCxError(() => computeNps([9, , 10] as number[]), { code: "wrong-type", field: "scores[1]" });
  });

  it("rejects bad scores in typed arrays, iterables and array-likes, naming the index", () => {
    expectCxError(() => computeNps(new Uint8Array([10, 9, 200, 11])), { code: "out-of-range", field: "scores[2]" });
    expectCxError(() => computeNps(new Float64Array([10, 0.5])), { code: "not-integer", field: "scores[1]" });
    expectCxError(() => computeNps(new Set([10, 11])), { code: "out-of-range", field: "scores[1]" });
    expectCxError(() => computeNps(new BigInt64Array([1n]) as unknown as number[]), {
      code: "wrong-type",
      field: "scores[0]",
    });
    expectCxError(() => computeNps({ length: 2, 0: 9 } as unknown as number[]), {
      code: "wrong-type",
      field: "scores[1]",
    });
    expectCxError(() => computeNps({ length: -1 } as unknown as number[]), {
      code: "negative",
      field: "scores.length",
    });
  });

  it("names a bad score past the first 2^23 scores of a large array, and counts such an array exactly", () => {
    const scores = new Array<number>(2 ** 23 + 10).fill(10);
    scores[2 ** 23 + 3] = 13;
    expectCxError(() => computeNps(scores), { code: "out-of-range", field: `scores[${2 ** 23 + 3}]` });
    scores[2 ** 23 + 3] = 0;
    expect(computeNps(scores)).toMatchObject({ promoters: 2 ** 23 + 9, detractors: 1, passives: 0 });
  });

  it("takes counts by category, whole and non-negative", () => {
    expect(computeNps({ promoters: 3, passives: 1, detractors: 0 })?.score).toBe(75);
    expectCxError(() => computeNps({ promoters: -1, passives: 1, detractors: 0 }), {
      code: "negative",
      field: "promoters",
    });
    expectCxError(() => computeNps({ promoters: 1, passives: 1.5, detractors: 0 }), {
      code: "not-integer",
      field: "passives",
    });
    expectCxError(() => computeNps({ promoters: 1, passives: 1 } as never), {
      code: "wrong-type",
      field: "detractors",
    });
    expectCxError(() => computeNps({ promoters: MAX_COUNT, passives: 0, detractors: 1 }), {
      code: "out-of-range",
      field: "responses",
    });
    expectCxError(() => computeNps({ promoters: MAX_COUNT + 1, passives: 0, detractors: 0 }), {
      code: "out-of-range",
      field: "promoters",
    });
    expect(computeNps({ promoters: MAX_COUNT, passives: 0, detractors: 0 })?.score).toBe(100);
  });

  it("rejects inputs that are neither scores nor counts", () => {
    expectCxError(() => computeNps(null as never), { code: "wrong-type", field: "scores" });
    expectCxError(() => computeNps("9" as never), { code: "wrong-type", field: "scores" });
    expectCxError(() => computeNps(9 as never), { code: "wrong-type", field: "scores" });
    expectCxError(() => computeNps(undefined as never), { code: "wrong-type", field: "scores" });
  });
});

describe("computeNps input forms and the missing option", () => {
  it("says input that is neither an array, an iterable nor an object must be an array or iterable", () => {
    const error = expectCxError(() => computeNps(42 as never), { code: "wrong-type", field: "scores" });
    expect(error.expected).toBe("an array or iterable");
  });

  it("names an unknown field of the counts form by its bare name", () => {
    expectCxError(() => computeNps({ promoters: 1, passives: 1, detractors: 1, extra: 1 } as never), {
      code: "unknown-field",
      field: "extra",
    });
  });

  it("accepts missing: 'error' explicitly, as the default", () => {
    expect(computeNps([10, 0], { missing: "error" })).toEqual(computeNps([10, 0]));
  });

  it("skipping blanks still counts the top score 10 as a promoter", () => {
    // Scores 10, 10, 0 with one blank: 2 promoters, 1 detractor of 3 responses.
    const result = computeNps([10, null, 10, 0] as never, { missing: "skip" });
    expect(result).toMatchObject({ promoters: 2, passives: 0, detractors: 1, responses: 3, skipped: 1 });
  });

  it("skips blanks in an array-like object (with length) too", () => {
    const result = computeNps({ length: 3, 0: 10, 1: null, 2: 0 } as never, { missing: "skip" });
    expect(result).toMatchObject({ promoters: 1, detractors: 1, responses: 2, skipped: 1, score: 0 });
  });
});
