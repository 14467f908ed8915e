import { describe, expect, it } from "vitest";
import { csat, csatBySegment, proportionBySegment } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("csatBySegment", () => {
  it("equals proportionBySegment on the satisfied counts of each segment", () => {
    const ratings = { web: [5, 5, 4, 2, 1, 4], phone: [3, 2, 1, 5], shop: [4, 4, 4, 5, 3] };
    const counts = {
      web: { successes: 4, trials: 6 },
      phone: { successes: 1, trials: 4 },
      shop: { successes: 4, trials: 5 },
    };
    expect(csatBySegment(ratings)).toEqual(proportionBySegment(counts));
  });

  it("scores each segment as csat does, with its scale and threshold", () => {
    const segments = { a: [7, 6, 5, 2], b: [7, 7, 1] };
    const options = { scale: { min: 1, max: 7 }, satisfiedAtLeast: 7 };
    expect(csatBySegment(segments, options)!.map((r) => r.score)).toEqual([
      csat(segments.a, options),
      csat(segments.b, options),
    ]);
  });

  it("reads tallies (on their own scale) and counts", () => {
    const rows = csatBySegment({
      t: { min: 0, max: 10, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] },
      c: { satisfied: 1, responses: 4 },
    })!;
    expect(rows.map((r) => r.score)).toEqual([100, 25]);
  });

  it("keeps empty segments and returns undefined when all are empty", () => {
    expect(csatBySegment({ a: [5], b: [] })![1]).toMatchObject({ responses: 0, score: undefined });
    expect(csatBySegment({ a: [], b: { satisfied: 0, responses: 0 } })).toBeUndefined();
  });

  it("names the segment in errors about its ratings or counts", () => {
    expectCxError(() => csatBySegment({ web: [5, 6] }), {
      code: "out-of-range",
      field: "segments.web[1]",
      metric: "csatBySegment",
    });
    expectCxError(() => csatBySegment({ web: "55" as never }), { code: "wrong-type", field: "segments.web" });
    expectCxError(() => csatBySegment({ "a b": { min: 1, max: 5, counts: [1, 2] } }), {
      code: "inconsistent",
      field: 'segments["a b"].counts',
    });
    expectCxError(() => csatBySegment({ t: { min: 0, max: 10, counts: [] } }, { scale: { min: 1, max: 5 } }), {
      code: "inconsistent",
      field: "segments.t.min",
    });
    expectCxError(() => csatBySegment({ c: { satisfied: 5, responses: 4 } }), {
      code: "inconsistent",
      field: "segments.c.satisfied",
    });
  });

  it("passes errors that are not about the ratings through unchanged", () => {
    function* broken(): Generator<number> {
      yield 5;
      throw new RangeError("disk gone");
    }
    expect(() => csatBySegment({ a: broken() })).toThrow(RangeError);
  });

  it("rejects an array of segments, which has no names", () => {
    expectCxError(() => csatBySegment([[5, 4]] as never), { code: "wrong-type", field: "segments" });
  });

  it("rejects bad options before reading the segments", () => {
    expectCxError(() => csatBySegment({ a: [9] }, { confidence: 2 }), {
      code: "out-of-range",
      field: "options.confidence",
    });
    expectCxError(() => csatBySegment({ a: [9] }, { satisfiedAtLeast: 6 }), {
      code: "out-of-range",
      field: "options.satisfiedAtLeast",
    });
    expectCxError(() => csatBySegment({ a: [9] }, { scale: { min: 5, max: 1 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
    expectCxError(() => csatBySegment({ a: [9] }, { scales: {} } as never), {
      code: "unknown-field",
      field: "options.scales",
    });
  });

  it("checks the threshold against a tally's own scale when no scale is given", () => {
    expectCxError(() => csatBySegment({ t: { min: 1, max: 3, counts: [1, 1, 1] } }, { satisfiedAtLeast: 5 }), {
      code: "out-of-range",
      field: "options.satisfiedAtLeast",
    });
  });
});
