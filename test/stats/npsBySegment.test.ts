import { describe, expect, it } from "vitest";
import { compareNps, computeNps, type NpsInput, npsBySegment, npsInterval, npsTrend } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

const SEGMENTS = {
  north: { promoters: 120, passives: 50, detractors: 30 },
  south: { promoters: 60, passives: 60, detractors: 80 },
  east: { promoters: 30, passives: 10, detractors: 10 },
};

describe("npsBySegment", () => {
  it("compares each segment with the rest, p-values as R computes a Wald z-test on +1/0/-1 responses", () => {
    // R 4: raw <- lapply(seg, function(k) rep(c(1, 0, -1), k)); for each segment s, a <- raw[[s]],
    // b <- the other segments' responses, v <- function(y) mean(y^2) - mean(y)^2,
    // z <- (mean(a) - mean(b)) / sqrt(v(a)/length(a) + v(b)/length(b)); 2 * pnorm(-abs(z));
    // then p.adjust(p, "hochberg").
    const raw = [1.9250994947054793e-9, 9.1510438888036544e-13, 0.062011700653854314];
    const hochberg = [3.8501989894109585e-9, 2.7453131666410963e-12, 0.062011700653854314];
    const rows = npsBySegment(SEGMENTS, { method: "wald", adjustment: "hochberg" })!;
    rows.forEach((r, i) => {
      expect(r.pValue! / raw[i]!).toBeCloseTo(1, 9);
      expect(r.adjustedPValue! / hochberg[i]!).toBeCloseTo(1, 9);
    });
  });

  it("compares a segment with the other segments, not with the total that contains it", () => {
    const north = npsBySegment(SEGMENTS)![0]!;
    // the rest: south and east together, 90 promoters, 70 passives, 90 detractors
    expect(north).toMatchObject({ restResponses: 250, restScore: 0, difference: 45 });
    expect(north.pValue).toBe(compareNps({ promoters: 90, passives: 70, detractors: 90 }, SEGMENTS.north)!.pValue);
  });

  it("gives each segment its computeNps score and its npsInterval bounds", () => {
    const rows = npsBySegment(SEGMENTS, { confidence: 0.9 })!;
    for (const r of rows) {
      const input = SEGMENTS[r.segment as keyof typeof SEGMENTS];
      const interval = npsInterval(input, { confidence: 0.9 })!;
      expect(r).toMatchObject({
        score: computeNps(input)!.score,
        lower: interval.lower,
        upper: interval.upper,
        responses: interval.responses,
      });
    }
  });

  it("marks as significant the segments whose adjusted p-value is below 1 - confidence", () => {
    const rows = npsBySegment(SEGMENTS, { method: "wald" })!;
    expect(rows.map((r) => r.significant)).toEqual([true, true, false]);
    expect(npsBySegment(SEGMENTS, { method: "wald", confidence: 0.9 })!.map((r) => r.significant)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("adjusts with Holm by default: the smallest of k p-values is multiplied by k", () => {
    const rows = npsBySegment(SEGMENTS)!;
    const smallest = rows.reduce((a, b) => (a.pValue! < b.pValue! ? a : b));
    expect(smallest.adjustedPValue).toBe(3 * smallest.pValue!);
  });

  it("keeps empty segments, with responses 0 and no score, outside the adjustment", () => {
    const rows = npsBySegment({ ...SEGMENTS, west: [] })!;
    expect(rows[3]).toEqual({
      segment: "west",
      responses: 0,
      score: undefined,
      lower: undefined,
      upper: undefined,
      restResponses: 450,
      restScore: computeNps({ promoters: 210, passives: 120, detractors: 120 })!.score,
      difference: undefined,
      pValue: undefined,
      adjustedPValue: undefined,
      significant: undefined,
    });
    expect(rows.slice(0, 3)).toEqual(npsBySegment(SEGMENTS));
  });

  it("gives no comparison when one segment holds every response", () => {
    const [only, empty] = npsBySegment({ a: [10, 9, 3], b: [] })!;
    expect(only).toMatchObject({
      score: 100 / 3,
      restResponses: 0,
      restScore: undefined,
      pValue: undefined,
      significant: undefined,
    });
    expect(empty).toMatchObject({ responses: 0, restScore: 100 / 3 });
  });

  it("returns undefined when no segment has a response, or there are no segments", () => {
    expect(npsBySegment({ a: [], b: { promoters: 0, passives: 0, detractors: 0 } })).toBeUndefined();
    expect(npsBySegment({})).toBeUndefined();
    expect(npsBySegment(new Map())).toBeUndefined();
  });

  it("reads a Map, raw scores, counts and tallies alike", () => {
    const map = new Map<string, NpsInput>([
      ["a", [10, 9, 8, 3, 0]],
      ["b", { promoters: 2, passives: 1, detractors: 2 }],
      ["c", { min: 0, max: 10, counts: [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3] }],
    ]);
    expect(npsBySegment(map)!.map((r) => [r.segment, r.score])).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 40],
    ]);
  });

  it("sorts by score (highest first), p-value (smallest first), name or responses, empty segments last", () => {
    const segments = { ...SEGMENTS, empty: [], none: [] };
    const names = (
      sortBy: "score" | "pValue" | "segment" | "responses" | "difference",
      order?: "ascending" | "descending",
    ) => npsBySegment(segments, order === undefined ? { sortBy } : { sortBy, order })!.map((r) => r.segment);
    expect(names("score")).toEqual(["north", "east", "south", "empty", "none"]);
    expect(names("score", "ascending")).toEqual(["south", "east", "north", "empty", "none"]);
    expect(names("pValue")).toEqual(["south", "north", "east", "empty", "none"]);
    expect(names("difference")).toEqual(["north", "east", "south", "empty", "none"]);
    expect(names("segment")).toEqual(["east", "empty", "none", "north", "south"]);
    expect(names("segment", "descending")).toEqual(["south", "north", "none", "empty", "east"]);
    expect(names("responses")).toEqual(["north", "south", "east", "empty", "none"]);
  });

  it("names the segment in errors about its responses", () => {
    expectCxError(() => npsBySegment({ north: [10, 11] }), {
      code: "out-of-range",
      field: "segments.north[1]",
      metric: "npsBySegment",
    });
    expectCxError(() => npsBySegment({ "North America": { promoters: -1, passives: 0, detractors: 0 } }), {
      code: "negative",
      field: 'segments["North America"].promoters',
    });
    expectCxError(() => npsBySegment(new Map([["b", { min: 0, max: 10, counts: [1] }]])), {
      code: "inconsistent",
      field: "segments.b.counts",
    });
  });

  it("rejects segments that are not a Map or an object, and Map keys that are not strings", () => {
    expectCxError(() => npsBySegment([[9, 10]] as never), { code: "wrong-type", field: "segments" });
    expectCxError(() => npsBySegment(null as never), { code: "wrong-type", field: "segments" });
    expectCxError(() => npsBySegment(new Map([[1, [9]]]) as never), { code: "wrong-type", field: "segments.keys()" });
    expect(caught(() => npsBySegment(new Map([[1, [9]]]) as never)).expected).toBe("string keys");
  });

  it("rejects bad options before reading the segments", () => {
    const bad = { north: [11] };
    expectCxError(() => npsBySegment(bad, { adjustment: "bh" as never }), {
      code: "out-of-range",
      field: "options.adjustment",
    });
    expectCxError(() => npsBySegment(bad, { sortBy: "nps" as never }), {
      code: "out-of-range",
      field: "options.sortBy",
    });
    expectCxError(() => npsBySegment(bad, { order: "up" as never }), { code: "out-of-range", field: "options.order" });
    expectCxError(() => npsBySegment(bad, { confidence: 1 }), { code: "out-of-range", field: "options.confidence" });
    expectCxError(() => npsBySegment(bad, { method: "wilson" as never }), {
      code: "out-of-range",
      field: "options.method",
    });
    expectCxError(() => npsBySegment(bad, { sort: "score" } as never), {
      code: "unknown-field",
      field: "options.sort",
    });
  });
});

describe("npsBySegment and npsTrend with an iterable of groups", () => {
  it("reject a Set or a generator rather than read it as a record with no groups", () => {
    expectCxError(() => npsBySegment(new Set([[9, 10]]) as never), { code: "wrong-type", field: "segments" });
    expectCxError(() => npsTrend(new Set([[9, 10]]) as never), { code: "wrong-type", field: "periods" });
  });

  it("say what they accept: segments a Map or an object, periods an array too", () => {
    expect(caught(() => npsBySegment(new Set([[9, 10]]) as never)).expected).toBe(
      "a Map or an object of groups by name",
    );
    expect(caught(() => npsTrend(new Set([[9, 10]]) as never)).expected).toBe(
      "an array, a Map or an object of groups by name",
    );
  });
});
