import { describe, expect, it } from "vitest";
import { csat } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("csat", () => {
  it("S4-CSAT: 35 positive ratings out of 50 is 70 %", () => {
    // Seed 004: 35 of 50 customers rated the experience positively.
    expect(csat({ satisfied: 35, responses: 50 })).toBe(70);
  });

  it("S4-CSAT: raw ratings give the same 70 % as their counts", () => {
    const ratings = [...new Array<number>(35).fill(4), ...new Array<number>(15).fill(2)];
    expect(csat(ratings)).toBe(70);
  });

  it("S4-CSAT-DEF: counts the top two points of a 1-5 scale as satisfied by default", () => {
    expect(csat([5, 4, 3, 2, 1])).toBe(40);
    expect(csat([4])).toBe(100);
    expect(csat([3])).toBe(0);
  });

  it("S4-CSAT-DEF: moves the default top-two cut with the scale", () => {
    expect(csat([7, 6, 5], { scale: { min: 1, max: 7 } })).toBe(200 / 3);
    expect(csat([10, 9, 8, 1], { scale: { min: 1, max: 10 } })).toBe(50);
    expect(csat([0, 1], { scale: { min: 0, max: 1 } })).toBe(100);
  });

  it("S4-CSAT-DEF: takes any satisfied threshold on the scale, inclusive", () => {
    expect(csat([5, 4, 3], { satisfiedAtLeast: 5 })).toBe(100 / 3);
    expect(csat([5, 4, 3], { satisfiedAtLeast: 3 })).toBe(100);
    expect(csat([5, 4, 3, 1], { satisfiedAtLeast: 1 })).toBe(100);
  });

  it("reads typed arrays, sets, generators and array-likes the same as arrays", () => {
    const ratings = [5, 4, 4, 3, 1, 2, 5];
    function* generate(): Generator<number> {
      yield* ratings;
    }
    expect(csat(generate())).toBe(csat(ratings));
    expect(csat(Uint8Array.from(ratings))).toBe(csat(ratings));
    expect(csat({ ...ratings, length: ratings.length })).toBe(csat(ratings));
    expect(csat(new Set([5, 1]))).toBe(50);
    expectCxError(() => csat(new Set([5, 6])), { code: "out-of-range", field: "ratings[1]" });
  });

  it("returns undefined when there are no responses", () => {
    expect(csat([])).toBeUndefined();
    expect(csat({ satisfied: 0, responses: 0 })).toBeUndefined();
  });

  it("returns a positive zero when no one is satisfied", () => {
    expect(Object.is(csat([1, 2]), 0)).toBe(true);
    expect(Object.is(csat({ satisfied: 0, responses: 4 }), 0)).toBe(true);
  });

  it("rejects ratings off the declared scale or not whole, naming their index", () => {
    expectCxError(() => csat([5, 6]), { code: "out-of-range", field: "ratings[1]", metric: "csat" });
    expectCxError(() => csat([0, 5]), { code: "out-of-range", field: "ratings[0]" });
    expectCxError(() => csat([4.5]), { code: "not-integer", field: "ratings[0]" });
    expectCxError(() => csat([NaN]), { code: "not-a-number", field: "ratings[0]" });
    expectCxError(() => csat(["5" as unknown as number]), { code: "wrong-type", field: "ratings[0]" });
    expectCxError(() => csat([8], { scale: { min: 1, max: 7 } }), { code: "out-of-range", field: "ratings[0]" });
    expectCxError(() => csat(new Uint8Array([1, 0])), { code: "out-of-range", field: "ratings[1]" });
  });

  it("rejects bad options: a scale upside down, too wide or not whole, and a threshold off the scale", () => {
    expectCxError(() => csat([3], { scale: { min: 5, max: 1 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
    expectCxError(() => csat([3], { scale: { min: 1, max: 1 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
    expectCxError(() => csat([3], { scale: { min: 0, max: 1001 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
    expect(csat([3], { scale: { min: 0, max: 1000 } })).toBe(0);
    expectCxError(() => csat([3], { scale: { min: 1.5, max: 5 } }), {
      code: "not-integer",
      field: "options.scale.min",
    });
    expectCxError(() => csat([3], { scale: { min: 1 } as never }), {
      code: "wrong-type",
      field: "options.scale.max",
    });
    expectCxError(() => csat([3], { scale: [1, 5] as never }), { code: "wrong-type", field: "options.scale" });
    expectCxError(() => csat([3], { satisfiedAtLeast: 6 }), {
      code: "out-of-range",
      field: "options.satisfiedAtLeast",
    });
    expectCxError(() => csat([3], "top2" as never), { code: "wrong-type", field: "options" });
  });

  it("takes a scale spanning up to 1,000 points anywhere on the line, and no wider", () => {
    expect(csat([700, 650], { scale: { min: 600, max: 700 } })).toBe(50);
    expect(csat([1], { scale: { min: -500, max: 500 } })).toBe(0);
    expectCxError(() => csat([1], { scale: { min: -600, max: 600 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
  });

  it("rejects a numeric string from an iterable even where its number would be on the scale", () => {
    expectCxError(() => csat(new Set([4, "4"]) as Set<number>), { code: "wrong-type", field: "ratings[1]" });
  });

  it("rejects bad or contradictory counts", () => {
    expectCxError(() => csat({ satisfied: 51, responses: 50 }), { code: "inconsistent", field: "satisfied" });
    expectCxError(() => csat({ satisfied: -1, responses: 50 }), { code: "negative", field: "satisfied" });
    expectCxError(() => csat({ satisfied: 1, responses: 2.5 }), { code: "not-integer", field: "responses" });
    expectCxError(() => csat({ satisfied: 1 } as never), { code: "wrong-type", field: "responses" });
  });

  it("rejects inputs that are neither ratings nor counts", () => {
    expectCxError(() => csat(null as never), { code: "wrong-type", field: "ratings" });
    expectCxError(() => csat(5 as never), { code: "wrong-type", field: "ratings" });
  });
});

describe("csat options with counts", () => {
  it("rejects satisfiedAtLeast given with counts, which carry no scale", () => {
    expectCxError(() => csat({ satisfied: 1, responses: 2 } as never, { satisfiedAtLeast: 4 }), {
      code: "inconsistent",
      field: "options.satisfiedAtLeast",
    });
  });
});

describe("csat scale option with counts", () => {
  it("rejects a scale given with counts", () => {
    expectCxError(() => csat({ satisfied: 1, responses: 2 } as never, { scale: { min: 1, max: 5 } }), {
      code: "inconsistent",
      field: "options.scale",
    });
  });
});

describe("csat input shapes and option errors", () => {
  it("says a scale whose max is not above its min must lie above min by 1 to 1000", () => {
    const error = expectCxError(() => csat([5], { scale: { min: 5, max: 5 } }), {
      code: "inconsistent",
      field: "options.scale.max",
    });
    expect(error.expected).toBe("above options.scale.min (5) by 1 to 1000");
  });

  it("reads an object with only one of min and max as counts, rejecting that field as unknown", () => {
    expectCxError(() => csat({ min: 1 } as never), { code: "unknown-field", field: "min" });
    expectCxError(() => csat({ max: 5 } as never), { code: "unknown-field", field: "max" });
  });

  it("says a scale option given with counts must be absent", () => {
    const error = expectCxError(
      () => csat({ satisfied: 1, responses: 2 } as never, { scale: { min: 1, max: 5 } } as never),
      {
        code: "inconsistent",
        field: "options.scale",
      },
    );
    expect(error.expected).toBe("absent with counts { satisfied, responses }");
  });
});
