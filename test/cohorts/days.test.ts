// readDay (src/internal/days.ts) is readDate with a fast path: the two must never disagree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDay } from "../../src/internal/days.js";
import { readDate } from "../../src/internal/readers.js";

const outcome = (read: () => number): unknown => {
  try {
    return read();
  } catch (error) {
    return error;
  }
};

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const dateLike = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom(
    "2024-02-29",
    "2023-02-29",
    "1900-02-29",
    "2000-02-29",
    "2026-04-31",
    "2026-1a-01",
    "2026/01/01",
    "20260-1-01",
    "２０２６-01-01",
    "0099-12-31",
    "0100-01-01",
  ),
  fc.string({ maxLength: 11 }),
  fc.date({ noInvalidDate: false }),
  fc.anything(),
);

describe("readDay", () => {
  it("returns what readDate returns, and throws what it throws, for any value", () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(outcome(() => readDay("m", "f", value))).toEqual(outcome(() => readDate("m", "f", value)));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads every day of a leap cycle as readDate does", () => {
    for (let day = 0; day < 4 * 366; day++) {
      const iso = new Date((10957 + day) * 86_400_000).toISOString().slice(0, 10);
      expect(readDay("m", "f", iso)).toBe(readDate("m", "f", iso));
    }
  });
});
