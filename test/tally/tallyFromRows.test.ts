import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tallyFromRows } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { badCount, caught, expectCxError } from "../helpers/errors.js";

describe("tallyFromRows", () => {
  it("builds a tally from GROUP BY rows with number or bigint counts, adding duplicates", () => {
    const rows = [
      { score: 10, count: 3n },
      { score: 6, count: 1 },
      { score: 10, count: 2n },
    ];
    expect(tallyFromRows(rows).counts).toStrictEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 5]);
  });

  it("reads the score and count from the fields named, on the scale asked for", () => {
    expect(
      tallyFromRows([{ rating: 4, n: 7n }], { scale: { min: 1, max: 5 }, scoreField: "rating", countField: "n" }),
    ).toStrictEqual({
      min: 1,
      max: 5,
      counts: [0, 0, 0, 7, 0],
    });
  });

  it("gives the empty tally for no rows", () => {
    expect(tallyFromRows([])).toStrictEqual({ min: 0, max: 10, counts: new Array<number>(11).fill(0) });
  });

  it("takes counts up to exactly MAX_COUNT, as bigint or number, and rejects one more rather than rounding", () => {
    expect(tallyFromRows([{ score: 0, count: BigInt(MAX_COUNT) }]).counts[0]).toBe(MAX_COUNT);
    expect(tallyFromRows([{ score: 0, count: 0n }]).counts[0]).toBe(0);
    expectCxError(() => tallyFromRows([{ score: 0, count: BigInt(MAX_COUNT) + 1n }]), {
      code: "out-of-range",
      field: "rows[0].count",
    });
    expectCxError(() => tallyFromRows([{ score: 1, count: 2n ** 60n }]), {
      code: "out-of-range",
      field: "rows[0].count",
    });
  });

  it("takes rows whose counts add up to exactly MAX_COUNT, and rejects the row that takes them past it", () => {
    expect(
      tallyFromRows([
        { score: 0, count: MAX_COUNT - 1 },
        { score: 1, count: 1 },
      ]).counts.slice(0, 2),
    ).toEqual([MAX_COUNT - 1, 1]);
    expectCxError(
      () =>
        tallyFromRows([
          { score: 0, count: MAX_COUNT },
          { score: 1, count: 1 },
        ]),
      {
        code: "out-of-range",
        field: "rows[1].count",
      },
    );
    expectCxError(
      () =>
        tallyFromRows([
          { score: 1, count: 9e13 },
          { score: 2, count: 9e13 },
        ]),
      {
        code: "out-of-range",
        field: "rows[1].count",
      },
    );
  });

  it("rejects negative bigint counts and numeric strings", () => {
    expectCxError(() => tallyFromRows([{ score: 1, count: -1n }]), { code: "negative", field: "rows[0].count" });
    expectCxError(() => tallyFromRows([{ score: 1, count: "12" }]), { code: "wrong-type", field: "rows[0].count" });
  });

  it("rejects every kind of bad number count with the right code (property)", () => {
    fc.assert(
      fc.property(badCount, (bad) => {
        // bigint counts are the GROUP BY form and are accepted here
        fc.pre(typeof bad.value !== "bigint");
        const error = caught(() => tallyFromRows([{ score: 3, count: bad.value }]));
        expect([error.code, error.field]).toEqual([bad.code, "rows[0].count"]);
      }),
    );
  });

  it("rejects a NULL group, a score off the scale and rows that are not objects", () => {
    expectCxError(() => tallyFromRows([{ score: null, count: 1n }]), { code: "wrong-type", field: "rows[0].score" });
    expectCxError(() => tallyFromRows([{ score: 11, count: 1n }]), { code: "out-of-range", field: "rows[0].score" });
    expectCxError(() => tallyFromRows([5 as never]), { code: "wrong-type", field: "rows[0]" });
  });

  it("says the limit a sum of counts broke", () => {
    // MAX_COUNT is 90,071,992,547,409 (src/internal/limits.ts); 9e13 + 9e13 is past it
    const rows = [
      { score: 1, count: 9e13 },
      { score: 2, count: 9e13 },
    ];
    expect(caught(() => tallyFromRows(rows)).expected).toBe("counts that add up to at most 90071992547409");
  });

  it("rejects a bigint count past MAX_COUNT as it was given, even one too large to convert to a finite number", () => {
    // 10^400 as a number is Infinity: it must be out of range as a count, not a non-finite number
    expectCxError(() => tallyFromRows([{ score: 1, count: 10n ** 400n }]), {
      code: "out-of-range",
      field: "rows[0].count",
    });
    const error = caught(() => tallyFromRows([{ score: 1, count: 90071992547410n }]));
    expect(error.received).toBe(90071992547410n);
    expect(error.expected).toBe("a whole number from 0 to 90071992547409");
  });

  it("names the countField option when it is not a string", () => {
    expectCxError(() => tallyFromRows([], { countField: 5 as never }), {
      code: "wrong-type",
      field: "options.countField",
    });
  });
});
