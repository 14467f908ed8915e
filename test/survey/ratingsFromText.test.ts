import { csvParse } from "d3-dsv";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ces, computeNps, csat, ratingsFromText } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

// A survey export with skipped questions, as a spreadsheet writes it: empty cells and padding.
const EXPORT = ["id,nps,csat,ces", "1,10,5,7", "2,9,,6", "3,, 4 ,", "4,6,2,3", "5,8,5,"].join("\n");

describe("ratingsFromText", () => {
  it("reads whole numbers written in digits, blanks as null, and lets numbers through", () => {
    expect(ratingsFromText(["10", " 9 ", "", "   ", null, undefined, 7, "-2", "007"])).toEqual([
      10,
      9,
      null,
      null,
      null,
      null,
      7,
      -2,
      7,
    ]);
  });

  it("reads a sign as a spreadsheet may write it, and -0 as 0", () => {
    // A user's report: "-1" was read but "+9" rejected.
    const ratings = ratingsFromText(["+9", " +10 ", "-0", "+0"]);
    expect(ratings).toEqual([9, 10, 0, 0]);
    expect(ratings.map((r) => Object.is(r, -0))).toEqual([false, false, false, false]);
    for (const cell of ["+-9", "++9", "- 9", "+"]) {
      expectCxError(() => ratingsFromText([cell]), { code: "wrong-type", field: "cells[0]" });
    }
  });

  it("rejects what Number() would have turned into a wrong number, naming the cell", () => {
    for (const [cells, field] of [
      [["9.5"], "cells[0]"],
      [["1", "9a"], "cells[1]"],
      [["1e1"], "cells[0]"],
      [["0x10"], "cells[0]"],
      [["nine"], "cells[0]"],
    ] as const) {
      expectCxError(() => ratingsFromText(cells), { code: "wrong-type", field });
    }
    expectCxError(() => ratingsFromText([true as never]), { code: "wrong-type", field: "cells[0]" });
    expectCxError(() => ratingsFromText([Number.NaN]), { code: "not-a-number", field: "cells[0]" });
    expectCxError(() => ratingsFromText(["99999999999999999"]), { code: "out-of-range", field: "cells[0]" });
    expectCxError(() => ratingsFromText("123" as never), { code: "wrong-type", field: "cells" });
  });

  it("gives the right NPS, CSAT and CES for an export read by d3-dsv, blanks skipped and counted", () => {
    const rows = csvParse(EXPORT);
    const nps = computeNps(ratingsFromText(rows.map((r) => r["nps"])), { missing: "skip" });
    // 10, 9, 6, 8 answered: 2 promoters, 1 detractor of 4 -> 25; one blank.
    expect([nps?.score, nps?.responses, nps?.skipped]).toEqual([25, 4, 1]);
    // 5, 4, 2, 5 answered: 3 satisfied (4 or 5) of 4 -> 75.
    expect(csat(ratingsFromText(rows.map((r) => r["csat"])), { missing: "skip" })).toBe(75);
    // 7, 6, 3 answered: mean 16 / 3; 2 easy (5 or more) of 3; two blanks.
    const effort = ces(ratingsFromText(rows.map((r) => r["ces"])), { missing: "skip" });
    expect([effort?.mean, effort?.easyPercent, effort?.skipped]).toEqual([16 / 3, (100 * 2) / 3, 2]);
  });

  it("gives the same for an export read by Papa Parse", () => {
    const rows = Papa.parse<Record<string, string>>(EXPORT, { header: true }).data;
    const nps = computeNps(ratingsFromText(rows.map((r) => r["nps"])), { missing: "skip" });
    expect([nps?.score, nps?.skipped]).toEqual([25, 1]);
  });
});

describe("the missing option of the survey functions", () => {
  it("rejects blanks by default: a blank is not a 0", () => {
    expectCxError(() => computeNps([10, null] as never), { code: "wrong-type", field: "scores[1]" });
    expectCxError(() => csat([5, ""] as never), { code: "wrong-type", field: "ratings[1]" });
  });

  it(
    "skips null, undefined and blank strings with 'skip', " + "naming other bad cells by their position in the input",
    () => {
      expect(computeNps([null, 10, undefined, " ", 3], { missing: "skip" })).toMatchObject({
        score: 0,
        responses: 2,
        skipped: 3,
      });
      expectCxError(() => computeNps([null, "9"], { missing: "skip" }), { code: "wrong-type", field: "scores[1]" });
      expectCxError(() => ces([null, 9], { missing: "skip" }), { code: "out-of-range", field: "ratings[1]" });
      expect(computeNps(new Set([null, 9]), { missing: "skip" })?.skipped).toBe(1);
    },
  );

  it("returns undefined when every cell is blank, and reports skipped only when asked to skip", () => {
    expect(computeNps([null, ""], { missing: "skip" })).toBeUndefined();
    expect(computeNps([9])).not.toHaveProperty("skipped");
    expect(computeNps([9], { missing: "skip" })).toHaveProperty("skipped", 0);
  });

  it("leaves counts and tallies as they are, and rejects an unknown missing value", () => {
    expect(computeNps({ promoters: 1, passives: 0, detractors: 0 }, { missing: "skip" })?.skipped).toBe(0);
    expect(csat({ min: 1, max: 5, counts: [0, 0, 0, 1, 1] }, { missing: "skip" })).toBe(100);
    expectCxError(() => computeNps([9], { missing: "drop" } as never), {
      code: "out-of-range",
      field: "options.missing",
    });
  });
});

describe("ratingsFromText error details", () => {
  it("says a cell that is not digits must be a whole number written in digits, or a blank", () => {
    const error = expectCxError(() => ratingsFromText(["x"]), {
      code: "wrong-type",
      field: "cells[0]",
      metric: "ratingsFromText",
    });
    expect(error.expected).toBe("a whole number written in digits, or a blank");
  });

  it("says digits beyond the largest safe integer (2^53 - 1) are out of range", () => {
    const error = expectCxError(() => ratingsFromText(["99999999999999999"]), {
      code: "out-of-range",
      field: "cells[0]",
      metric: "ratingsFromText",
    });
    expect(error.expected).toBe("digits for at most 9007199254740991");
  });
});
