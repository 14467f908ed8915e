import { describe, expect, it } from "vitest";
import { ces } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("ces", () => {
  it("S2-CES-SCALE: reads the CES 2.0 form (1-7, higher is easier) by default", () => {
    expect(ces([7, 6, 5, 4, 1])).toStrictEqual({
      mean: 4.6,
      easyPercent: 60,
      responses: 5,
      scale: { min: 1, max: 7 },
      lowerIsEasier: false,
      easyThreshold: 5,
    });
  });

  it("S2-CES-SCALE: counts 5, 6 and 7 as easy on 1-7, and the midpoint 4 as not easy", () => {
    expect(ces([5])?.easyPercent).toBe(100);
    expect(ces([4])?.easyPercent).toBe(0);
  });

  it("S2-CES-SCALE: reads seed 002's 1-10 'how difficult was it' form, where closer to 1 is better", () => {
    const result = ces([1, 2, 5, 6, 10], { scale: { min: 1, max: 10 }, lowerIsEasier: true });
    expect(result).toStrictEqual({
      mean: 4.8,
      easyPercent: 60,
      responses: 5,
      scale: { min: 1, max: 10 },
      lowerIsEasier: true,
      easyThreshold: 5,
    });
  });

  it("S2-CES-SCALE: reports the same ratings differently on opposite directions, so they cannot be confused", () => {
    const ratings = [1, 2, 9, 10, 10];
    const higher = ces(ratings, { scale: { min: 1, max: 10 } });
    const lower = ces(ratings, { scale: { min: 1, max: 10 }, lowerIsEasier: true });
    expect(higher?.mean).toBe(lower?.mean);
    expect(higher?.easyPercent).toBe(60);
    expect(lower?.easyPercent).toBe(40);
    expect(higher?.lowerIsEasier).toBe(false);
    expect(lower?.lowerIsEasier).toBe(true);
  });

  it("puts the default cut strictly on the easy side of the midpoint, for odd and even scales", () => {
    expect(ces([3], { scale: { min: 1, max: 5 } })?.easyThreshold).toBe(4);
    expect(ces([3], { scale: { min: 1, max: 5 }, lowerIsEasier: true })?.easyThreshold).toBe(2);
    expect(ces([3], { scale: { min: 1, max: 10 } })?.easyThreshold).toBe(6);
    expect(ces([3], { scale: { min: 1, max: 7 }, lowerIsEasier: true })?.easyThreshold).toBe(3);
  });

  it("moves the easy cut when asked, inclusively", () => {
    expect(ces([7, 6, 5], { easyThreshold: 6 })?.easyPercent).toBe(200 / 3);
    expect(ces([1, 2, 3], { scale: { min: 1, max: 10 }, lowerIsEasier: true, easyThreshold: 2 })?.easyPercent).toBe(
      200 / 3,
    );
  });

  it("divides the whole-number sum once for the mean", () => {
    expect(ces([1, 1, 2])?.mean).toBe(4 / 3);
    expect(ces([-3, 3, 0], { scale: { min: -3, max: 3 } })?.mean).toBe(0);
    expect(Object.is(ces([-3, 3, 0], { scale: { min: -3, max: 3 } })?.mean, 0)).toBe(true);
  });

  it("reads an array-like up to its length, not beyond", () => {
    expect(ces({ length: 2, 0: 7, 1: 7, 2: 1 })).toMatchObject({ responses: 2, mean: 7 });
  });

  it("returns undefined when there are no ratings", () => {
    expect(ces([])).toBeUndefined();
    expect(ces(new Set<number>(), { lowerIsEasier: true })).toBeUndefined();
  });

  it("rejects ratings off the scale or not whole, naming their index", () => {
    expectCxError(() => ces([7, 8]), { code: "out-of-range", field: "ratings[1]", metric: "ces" });
    expectCxError(() => ces([0]), { code: "out-of-range", field: "ratings[0]" });
    expectCxError(() => ces([6.5]), { code: "not-integer", field: "ratings[0]" });
    expectCxError(() => ces([11], { scale: { min: 1, max: 10 }, lowerIsEasier: true }), {
      code: "out-of-range",
      field: "ratings[0]",
    });
  });

  it("rejects bad options", () => {
    expectCxError(() => ces([3], { lowerIsEasier: "yes" as never }), {
      code: "wrong-type",
      field: "options.lowerIsEasier",
    });
    expectCxError(() => ces([3], { easyThreshold: 8 }), { code: "out-of-range", field: "options.easyThreshold" });
    expectCxError(() => ces([3], { scale: { min: 7, max: 1 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
    expectCxError(() => ces([3], null as never), { code: "wrong-type", field: "options" });
  });

  it("rejects ratings that are not a collection", () => {
    expectCxError(() => ces({ mean: 5 } as never), { code: "wrong-type", field: "ratings" });
    expectCxError(() => ces("7" as never), { code: "wrong-type", field: "ratings" });
  });
});
