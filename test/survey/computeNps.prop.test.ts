import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps, type NpsResult } from "../../src/index.js";
import { badNumber, caught } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

const score = fc.integer({ min: 0, max: 10 });
const scores = fc.array(score, { minLength: 1, maxLength: 300 });

function nps(s: Iterable<number> | ArrayLike<number>): NpsResult {
  const result = computeNps(s);
  if (result === undefined) throw new Error("expected a result");
  return result;
}

describe("computeNps properties", () => {
  it("stays within -100..100 points and 0..100 percent", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const r = nps(s);
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
        for (const p of [r.promoterPercent, r.passivePercent, r.detractorPercent]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(100);
        }
        expect(r.promoters + r.passives + r.detractors).toBe(r.responses);
        expect(r.responses).toBe(s.length);
      }),
    );
  });

  it("does not depend on the order of the responses", () => {
    fc.assert(
      fc.property(scores, (s) => {
        expect(nps([...s].reverse())).toStrictEqual(nps(s));
        expect(nps([...s].sort((a, b) => a - b))).toStrictEqual(nps(s));
      }),
    );
  });

  it("does not change when every response is repeated k times", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 2, max: 7 }), (s, k) => {
        const repeated = s.flatMap((x) => new Array<number>(k).fill(x));
        const a = nps(s);
        const b = nps(repeated);
        expect(b.score).toBe(a.score);
        expect(b.promoterPercent).toBe(a.promoterPercent);
        expect(b.passivePercent).toBe(a.passivePercent);
        expect(b.detractorPercent).toBe(a.detractorPercent);
        expect(b.responses).toBe(k * a.responses);
      }),
    );
  });

  it("gives the same result from raw scores and from their counts", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const r = nps(s);
        const counts = {
          promoters: s.filter((x) => x >= 9).length,
          passives: s.filter((x) => x === 7 || x === 8).length,
          detractors: s.filter((x) => x <= 6).length,
        };
        expect(computeNps(counts)).toStrictEqual(r);
      }),
    );
  });

  it("gives the same result from an array, a Uint8Array, a Float64Array and a generator", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const r = nps(s);
        expect(nps(Uint8Array.from(s))).toStrictEqual(r);
        expect(nps(Float64Array.from(s))).toStrictEqual(r);
        expect(nps(s.values())).toStrictEqual(r);
      }),
    );
  });

  it("never lowers the score when a promoter is added, and never raises it when a detractor is", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 9, max: 10 }), fc.integer({ min: 0, max: 6 }), (s, p, d) => {
        expect(nps([...s, p]).score).toBeGreaterThanOrEqual(nps(s).score);
        expect(nps([...s, d]).score).toBeLessThanOrEqual(nps(s).score);
      }),
    );
  });

  it("agrees exactly with a BigInt rational oracle for the score and every percentage", () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 30_000_000_000_000 }));
    fc.assert(
      fc.property(count, count, count, (promoters, passives, detractors) => {
        fc.pre(promoters + passives + detractors > 0);
        const r = computeNps({ promoters, passives, detractors }) as NpsResult;
        const n = BigInt(promoters + passives + detractors);
        expect(isCorrectlyRounded(r.score, 100n * (BigInt(promoters) - BigInt(detractors)), n)).toBe(true);
        expect(isCorrectlyRounded(r.promoterPercent, 100n * BigInt(promoters), n)).toBe(true);
        expect(isCorrectlyRounded(r.passivePercent, 100n * BigInt(passives), n)).toBe(true);
        expect(isCorrectlyRounded(r.detractorPercent, 100n * BigInt(detractors), n)).toBe(true);
      }),
    );
  });

  it("rejects every kind of bad score with the right code, naming its index", () => {
    fc.assert(
      fc.property(
        scores,
        fc.oneof(
          badNumber,
          fc.integer({ min: 11, max: 1e9 }).map((value) => ({ value, code: "out-of-range" as const })),
          fc.integer({ min: -1e9, max: -1 }).map((value) => ({ value, code: "out-of-range" as const })),
        ),
        fc.nat(),
        (s, bad, at) => {
          const i = at % (s.length + 1);
          const input: unknown[] = [...s];
          input.splice(i, 0, bad.value);
          const error = caught(() => computeNps(input as number[]));
          expect(error.code).toBe(bad.code);
          expect(error.field).toBe(`scores[${i}]`);
          expect(error.metric).toBe("computeNps");
          // the same from an iterable
          expect(caught(() => computeNps(input.values() as Iterable<number>)).field).toBe(`scores[${i}]`);
        },
      ),
    );
  });
});
