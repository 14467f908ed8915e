import { describe, expect, it } from "vitest";
import { readOptions, readRecord } from "../../src/internal/readers.js";
import { caught, expectCxError } from "../helpers/errors.js";

const M = "metric";
const KNOWN = ["confidence", "method"] as const;

/** The `expected` text of the `unknown-field` error an options object with the one field `key` gives. */
function expectedFor(key: string): string {
  const error = expectCxError(() => readOptions(M, { [key]: 1 }, KNOWN), {
    code: "unknown-field",
    field: `options.${key}`,
  });
  expect(error.received).toBe(1); // the value found in the field, as for every other code
  return error.expected;
}

const suggests = (name: string): string => `absent (did you mean \`${name}\`?)`;
const NO_SUGGESTION = "absent (known fields: confidence, method)";

describe("an unknown field that begins a known name, or that a known name begins, suggests that name", () => {
  it("a field cut short suggests the name it begins, even when too many letters are missing for a typo", () => {
    // "confid" is "confidence" less 4 letters: 4 edits, over the 2 allowed a 6-letter name.
    expect(expectedFor("confid")).toBe(suggests("confidence"));
  });

  it("a field that runs on past a known name suggests that name", () => {
    // "confidenceIntervalLevel" is "confidence" plus 13 letters: 13 edits, over the 7 allowed.
    expect(expectedFor("confidenceIntervalLevel")).toBe(suggests("confidence"));
  });

  it("the beginnings compare without regard to case", () => {
    expect(expectedFor("CONFID")).toBe(suggests("confidence"));
    expect(caught(() => readRecord(M, "input", { Confid: 1 }, ["confidence"])).expected).toBe(suggests("confidence"));
  });

  it("three letters are enough to be a beginning, two are not", () => {
    // "con": 7 edits from "confidence"; "co": 8 from "confidence" and 5 from "method" (counted by hand).
    expect(expectedFor("con")).toBe(suggests("confidence"));
    expect(expectedFor("co")).toBe(NO_SUGGESTION);
  });

  it("a known name of two letters is not a beginning of a longer field", () => {
    // "idxxxx" begins with "id" but is 4 edits from it, over the 2 allowed.
    const error = caught(() => readRecord(M, "input", { idxxxx: 1 }, ["id"]));
    expect(error.expected).toBe("absent (known fields: id)");
  });
});

describe("an unknown field a few edits from a known name suggests the nearest", () => {
  it("a misspelt letter suggests the name, whatever the case", () => {
    // "confidance": one letter changed (a for e).
    expect(expectedFor("confidance")).toBe(suggests("confidence"));
    expect(expectedFor("CONFIDANCE")).toBe(suggests("confidence"));
  });

  it("a name of 9 or more letters may be a third of its length away", () => {
    // "konfydenze" against "confidence": k, y and z changed, 3 edits; 10 letters allow floor(10 / 3) = 3.
    expect(expectedFor("konfydenze")).toBe(suggests("confidence"));
    // "konfydanze": k, y, a and z changed, 4 edits: too far.
    expect(expectedFor("konfydanze")).toBe(NO_SUGGESTION);
  });

  it("a shorter name may be 2 edits away, not 3", () => {
    // "mthd" is "method" less e and o: 2 edits. "mxxxod": t, h and e changed to x, 3 edits.
    expect(expectedFor("mthd")).toBe(suggests("method"));
    expect(expectedFor("mxxxod")).toBe(NO_SUGGESTION);
  });

  it("the closest of several near names wins, and the first of those at the same distance", () => {
    // "retentoin": 2 edits from "retention" (o and i swapped), 3 from "detention" (d for r as well).
    const known = ["detention", "retention"];
    expect(caught(() => readRecord(M, "input", { retentoin: 1 }, known)).expected).toBe(suggests("retention"));
    // "xetention": 1 edit from each (x for d, x for r).
    expect(caught(() => readRecord(M, "input", { xetention: 1 }, known)).expected).toBe(suggests("detention"));
  });
});
