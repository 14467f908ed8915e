import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CesResult, ces } from "../../src/index.js";
import { badNumber, caught } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

const input = fc
  .record({ min: fc.integer({ min: -5, max: 5 }), width: fc.integer({ min: 1, max: 12 }), lowerIsEasier: fc.boolean() })
  .chain(({ min, width, lowerIsEasier }) =>
    fc.record({
      options: fc.constant({ scale: { min, max: min + width }, lowerIsEasier }),
      ratings: fc.array(fc.integer({ min, max: min + width }), { minLength: 1, maxLength: 200 }),
    }),
  );

describe("ces properties", () => {
  it("keeps the mean on the scale and the easy share within 0..100", () => {
    fc.assert(
      fc.property(input, ({ options, ratings }) => {
        const r = ces(ratings, options) as CesResult;
        expect(r.mean).toBeGreaterThanOrEqual(options.scale.min);
        expect(r.mean).toBeLessThanOrEqual(options.scale.max);
        expect(r.easyPercent).toBeGreaterThanOrEqual(0);
        expect(r.easyPercent).toBeLessThanOrEqual(100);
        expect(r.responses).toBe(ratings.length);
      }),
    );
  });

  it("agrees exactly with a BigInt rational oracle for the mean and the easy share", () => {
    fc.assert(
      fc.property(input, ({ options, ratings }) => {
        const r = ces(ratings, options) as CesResult;
        const sum = ratings.reduce((a, b) => a + BigInt(b), 0n);
        expect(isCorrectlyRounded(r.mean, sum, BigInt(ratings.length))).toBe(true);
        const easy = ratings.filter((x) => (options.lowerIsEasier ? x <= r.easyThreshold : x >= r.easyThreshold));
        expect(isCorrectlyRounded(r.easyPercent, 100n * BigInt(easy.length), BigInt(ratings.length))).toBe(true);
      }),
    );
  });

  it("does not depend on order, nor on repeating every rating k times", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 2, max: 5 }), ({ options, ratings }, k) => {
        const r = ces(ratings, options) as CesResult;
        expect(ces([...ratings].reverse(), options)).toStrictEqual(r);
        const repeated = ratings.flatMap((x) => new Array<number>(k).fill(x));
        expect(ces(repeated, options)).toStrictEqual({ ...r, responses: k * r.responses });
      }),
    );
  });

  it("mirrors: flipping the direction and every rating leaves the easy share unchanged", () => {
    fc.assert(
      fc.property(input, ({ options, ratings }) => {
        const { min, max } = options.scale;
        const flipped = ratings.map((x) => min + max - x);
        const a = ces(ratings, options) as CesResult;
        const b = ces(flipped, { ...options, lowerIsEasier: !options.lowerIsEasier }) as CesResult;
        expect(b.easyPercent).toBe(a.easyPercent);
      }),
    );
  });

  it("rejects every kind of bad rating with the right code, naming its index", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 20 }),
        badNumber,
        fc.nat(),
        (ratings, bad, at) => {
          const i = at % (ratings.length + 1);
          const input: unknown[] = [...ratings];
          input.splice(i, 0, bad.value);
          const error = caught(() => ces(input as number[]));
          expect([error.code, error.field]).toEqual([bad.code, `ratings[${i}]`]);
        },
      ),
    );
  });
});
