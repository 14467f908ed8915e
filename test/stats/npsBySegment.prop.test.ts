import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps, npsBySegment } from "../../src/index.js";

const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 30 });
const groups = fc.array(scores, { minLength: 1, maxLength: 8 });

describe("npsBySegment properties", () => {
  it(
    "each segment's rest is the concatenation of the other segments, " +
      "and adjusted p-values are never below raw ones",
    () => {
      fc.assert(
        fc.property(groups, (groups) => {
          const segments = Object.fromEntries(groups.map((g, i) => [`s${i}`, g]));
          const rows = npsBySegment(segments);
          if (rows === undefined) {
            expect(groups.flat()).toEqual([]);
            return;
          }
          rows.forEach((r, i) => {
            const rest = groups.filter((_, j) => j !== i).flat();
            expect([r.restResponses, r.restScore]).toEqual([rest.length, computeNps(rest)?.score]);
            if (r.pValue !== undefined) expect(r.adjustedPValue!).toBeGreaterThanOrEqual(r.pValue);
          });
        }),
      );
    },
  );
});
