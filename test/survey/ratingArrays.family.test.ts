// Arrays of ratings take fast paths (src/internal/ratingArrays.ts): a weight table for a number[],
// four bytes at a time for a Uint8Array. Their contract: the same results and the same errors as
// the same ratings read one by one from an iterable (the general path), on every scale, at every
// byte alignment, with the first bad rating named.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CxMetricsError, ces, computeNps, csat, tally } from "../../src/index.js";
import { caught } from "../helpers/errors.js";

/** What a call gives: its value, or the code, field and message of the `CxMetricsError` it throws. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (error) {
    if (!(error instanceof CxMetricsError)) throw error;
    return { code: error.code, field: error.field, message: error.message };
  }
}

/** The same values as an iterable that is not an array: read one by one by the general path. */
function* oneByOne(values: ArrayLike<number>): Generator<number> {
  for (let i = 0; i < values.length; i++) yield values[i]!;
}

/** `values` as a Uint8Array starting `offset` bytes into its buffer (0-3: every alignment). */
function bytesAt(values: readonly number[], offset: number): Uint8Array {
  const bytes = new Uint8Array(offset + values.length + 3).subarray(offset, offset + values.length);
  bytes.set(values);
  return bytes;
}

const scales = fc
  .record({ min: fc.integer({ min: 0, max: 126 }), span: fc.integer({ min: 1, max: 12 }) })
  .map(({ min, span }) => ({ min, max: Math.min(127, min + span) }));

const onScale = (scale: { min: number; max: number }, maxLength = 120) => fc.array(fc.integer(scale), { maxLength });

describe("arrays of ratings", () => {
  it("give csat, ces, computeNps and tally the results of the same ratings read one by one (property)", () => {
    fc.assert(
      fc.property(
        scales.chain((scale) => fc.tuple(fc.constant(scale), onScale(scale), fc.integer({ min: 0, max: 3 }))),
        fc.boolean(),
        ([scale, ratings, offset], lowerIsEasier) => {
          const forms = [ratings, bytesAt(ratings, offset)];
          for (const form of forms) {
            expect(csat(form, { scale })).toBe(csat(oneByOne(form), { scale }));
            expect(ces(form, { scale, lowerIsEasier })).toStrictEqual(ces(oneByOne(form), { scale, lowerIsEasier }));
            expect(tally(form, { scale })).toStrictEqual(tally(oneByOne(form), { scale }));
          }
        },
      ),
    );
  });

  it("count NPS categories as an independent count does, at every alignment (property)", () => {
    fc.assert(
      fc.property(onScale({ min: 0, max: 10 }, 300), fc.integer({ min: 0, max: 3 }), (scores, offset) => {
        const expected = {
          promoters: scores.filter((s) => s >= 9).length,
          detractors: scores.filter((s) => s <= 6).length,
        };
        for (const form of [scores, bytesAt(scores, offset)]) {
          const result = computeNps(form);
          expect(result && { promoters: result.promoters, detractors: result.detractors }).toStrictEqual(
            scores.length === 0 ? undefined : expected,
          );
        }
      }),
    );
  });

  it("name the first bad rating as reading them one by one does, wherever it falls in the words (property)", () => {
    const bad = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(-1, 0.5, 256, Number.NaN, Number.POSITIVE_INFINITY, 1e300),
      // A string indexes a table as the number it spells: it must be caught before.
      fc.constant("5" as unknown as number),
    );
    fc.assert(
      fc.property(
        scales.chain((scale) => fc.tuple(fc.constant(scale), onScale(scale, 40))),
        fc.array(fc.tuple(fc.nat(), bad), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 3 }),
        ([scale, ratings], insertions, offset) => {
          const values = [...ratings];
          for (const [at, value] of insertions) values.splice(at % (values.length + 1), 0, value);
          const asBytes = values.every((v) => Number.isInteger(v) && v >= 0 && v <= 255);
          for (const form of asBytes ? [values, bytesAt(values, offset)] : [values]) {
            const again = () => oneByOne(values);
            expect(outcome(() => csat(form, { scale }))).toStrictEqual(outcome(() => csat(again(), { scale })));
            expect(outcome(() => ces(form, { scale }))).toStrictEqual(outcome(() => ces(again(), { scale })));
            expect(outcome(() => tally(form, { scale }))).toStrictEqual(outcome(() => tally(again(), { scale })));
            expect(outcome(() => computeNps(form))).toStrictEqual(outcome(() => computeNps(again())));
          }
        },
      ),
    );
  });

  it("count Uint8Arrays of thousands of ratings exactly at every alignment (words summed 127 at a time)", () => {
    // Lengths around multiples of 4 * 127 bytes, a skewed mix of every rating: an independent count.
    for (const length of [507, 508, 509, 1016, 4000, 65_537]) {
      const values = Array.from({ length }, (_, i) => [5, 5, 4, 1, 5, 3, 2, 4, 5][i % 9]!);
      const satisfied = values.filter((v) => v >= 4).length;
      const sum = values.reduce((a, b) => a + b, 0);
      for (let offset = 0; offset < 4; offset++) {
        const bytes = bytesAt(values, offset);
        expect(csat(bytes)).toBe((100 * satisfied) / length);
        expect(ces(bytes, { scale: { min: 1, max: 5 } })?.mean).toBe(sum / length);
        expect(computeNps(bytes)?.detractors).toBe(length);
      }
    }
  });

  it("name the first bad rating even when a later element throws as it is read", () => {
    // The fast loop reads past a bad rating before it knows; the error is the bad rating's.
    const ratings = [5, 99, 3];
    Object.defineProperty(ratings, 2, {
      get: () => {
        throw new Error("a getter of the caller's");
      },
    });
    expect(caught(() => csat(ratings))).toMatchObject({ code: "out-of-range", field: "ratings[1]" });
    expect(caught(() => tally(ratings, { scale: { min: 1, max: 5 } }))).toMatchObject({ field: "ratings[1]" });
    // With no bad rating before it, the caller's exception is the one that comes out.
    const throwing = [5, 4, 3];
    let reads = 0;
    Object.defineProperty(throwing, 1, {
      get: () => {
        reads++;
        if (reads === 1) throw new RangeError("once");
        return 4;
      },
    });
    expect(() => csat(throwing)).toThrow(RangeError);
    reads = 0;
    expect(() => tally(throwing, { scale: { min: 1, max: 5 } })).toThrow(RangeError);
  });

  it("read scales outside 0 to 255 one by one, with the same results", () => {
    for (const scale of [
      { min: -2, max: 2 },
      { min: 300, max: 304 },
      { min: 250, max: 260 },
    ]) {
      const ratings = [scale.min, scale.max, scale.max - 1, scale.min + 1, scale.max];
      expect(csat(ratings, { scale })).toBe(60);
      expect(ces(ratings, { scale })?.mean).toBe(ratings.reduce((a, b) => a + b) / 5);
      // Easy at or below the midpoint: the two ratings at min and min + 1.
      expect(ces(ratings, { scale, lowerIsEasier: true })?.easyPercent).toBe(40);
      expect(tally(ratings, { scale }).counts.reduce((a, b) => a + b)).toBe(5);
      expect(caught(() => csat([...ratings, scale.max + 1], { scale }))?.field).toBe("ratings[5]");
      expect(caught(() => tally([...ratings, scale.min - 1], { scale }))?.field).toBe("ratings[5]");
    }
  });

  it("read a Uint8Array on a scale past 127 byte by byte, with the same results", () => {
    const scale = { min: 100, max: 200 };
    const ratings = [100, 200, 150, 199, 128, 130, 101];
    expect(csat(new Uint8Array(ratings), { scale })).toBe(csat(ratings, { scale }));
    expect(caught(() => csat(new Uint8Array([...ratings, 201]), { scale }))?.field).toBe("ratings[7]");
  });

  it("read a Uint8Array whose length property was redefined by index, as any array-like", () => {
    const withLength = (length: number) =>
      Object.defineProperty(new Uint8Array([5, 4, 3, 2, 1, 5, 5, 5]), "length", { value: length });
    expect(caught(() => csat(withLength(9)))).toMatchObject({ code: "wrong-type", field: "ratings[8]" });
    expect(csat(withLength(5))).toBe(40);
    expect(tally(withLength(5), { scale: { min: 1, max: 5 } }).counts).toStrictEqual([1, 1, 1, 1, 1]);
  });

  it("reject an array that answers differently when read again for the error", () => {
    // A getter that gives a bad rating on the first reading and a good one after: the fast loop
    // sees the bad one, the naming pass does not, and the contradiction is reported.
    const cases: [(r: ArrayLike<number>) => unknown, string][] = [
      [csat, "ratings"],
      [computeNps, "scores"],
      [(r) => tally(r), "ratings"],
    ];
    for (const [metric, field] of cases) {
      const ratings = [5, 4, 3];
      let reads = 0;
      Object.defineProperty(ratings, 1, { get: () => (reads++ === 0 ? 99 : 4) });
      expect(caught(() => metric(ratings))).toMatchObject({
        code: "inconsistent",
        field,
        expected: "ratings that read the same each time",
      });
    }
  });
});
