import { describe, expect, it } from "vitest";
import { forEachItem } from "../../src/internal/collections.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import {
  describeRule,
  readAmount,
  readBoolean,
  readChoice,
  readCount,
  readDate,
  readFinite,
  readNumber,
  readOptions,
  readPercent,
  readProbability,
  readRecord,
  readString,
} from "../../src/internal/readers.js";
import { caught, expectCxError } from "../helpers/errors.js";

const M = "metric";

describe("readNumber names the first fault of a value", () => {
  it.each([
    ["a string", "5", "wrong-type"],
    ["NaN", Number.NaN, "not-a-number"],
    ["an infinity", -Infinity, "not-finite"],
    ["a fraction where a whole number is due", 2.5, "not-integer"],
    ["a value below the minimum", -1, "negative"],
    ["a value above the maximum", 11, "out-of-range"],
  ] as const)("%s", (_, value, code) => {
    const rule = { min: 0, max: 10, integer: true, belowCode: "negative" } as const;
    expectCxError(() => readNumber(M, "x", value, rule), { code, field: "x" });
  });

  it("accepts the bounds themselves and returns 0 for -0", () => {
    expect(readNumber(M, "x", 10, { min: 0, max: 10 })).toBe(10);
    expect(Object.is(readNumber(M, "x", -0, { min: 0, max: 10 }), 0)).toBe(true);
  });

  it("treats `above` and `below` as strict bounds", () => {
    const rule = { above: 0, below: 1 };
    expect(readNumber(M, "x", Number.MIN_VALUE, rule)).toBe(Number.MIN_VALUE);
    expectCxError(() => readNumber(M, "x", 0, rule), { code: "out-of-range", field: "x" });
    expectCxError(() => readNumber(M, "x", 1, rule), { code: "out-of-range", field: "x" });
  });
});

describe("describeRule builds the expected phrase from the bounds", () => {
  it.each([
    [{ min: 0, max: MAX_COUNT, integer: true, noun: "a whole number" }, "a whole number from 0 to 90071992547409"],
    [{ min: 0 }, "a non-negative finite number"],
    [{}, "a finite number"],
    [{ integer: true }, "an integer"],
    [{ above: 0, max: 200, noun: "a margin" }, "a margin above 0 and at most 200"],
    [{ above: 0 }, "a number above 0"],
    [{ above: 0, below: 1, noun: "a level" }, "a level strictly between 0 and 1"],
    [{ max: 5 }, "a number of at most 5"],
    [{ min: 1 }, "a number of at least 1"],
    [{ min: 0, max: 100, noun: "a percentage" }, "a percentage from 0 to 100"],
  ])("%o reads %s", (rule, phrase) => {
    expect(describeRule(rule)).toBe(phrase);
  });

  it("the phrase is the one in the message", () => {
    expect(caught(() => readPercent(M, "share", 101)).message).toBe(
      "metric: share must be a percentage from 0 to 100, received 101",
    );
  });
});

describe("the named readers", () => {
  it("readCount takes whole numbers from 0 to MAX_COUNT", () => {
    expect(readCount(M, "n", MAX_COUNT)).toBe(MAX_COUNT);
    expectCxError(() => readCount(M, "n", MAX_COUNT + 1), { code: "out-of-range", field: "n" });
    expectCxError(() => readCount(M, "n", -1), { code: "negative", field: "n" });
  });

  it("readAmount takes non-negative finite numbers", () => {
    expect(readAmount(M, "a", 0.5)).toBe(0.5);
    expectCxError(() => readAmount(M, "a", -0.5), { code: "negative", field: "a" });
  });

  it("readProbability takes 0 to 1 and readFinite any finite number", () => {
    expect(readProbability(M, "p", 1)).toBe(1);
    expectCxError(() => readProbability(M, "p", 1.5), { code: "out-of-range", field: "p" });
    expect(readFinite(M, "v", -1e300)).toBe(-1e300);
    expectCxError(() => readFinite(M, "v", Infinity), { code: "not-finite", field: "v" });
  });

  it("readBoolean, readString and readChoice never coerce", () => {
    expect(readBoolean(M, "b", undefined, true)).toBe(true);
    expectCxError(() => readBoolean(M, "b", "true", true), { code: "wrong-type", field: "b" });
    expect(readString(M, "s", "x")).toBe("x");
    expectCxError(() => readString(M, "s", new String("x")), { code: "wrong-type", field: "s" });
    expect(readChoice(M, "c", undefined, ["a", "b"], "b")).toBe("b");
    expectCxError(() => readChoice(M, "c", ["a"], ["a", "b"], "b"), { code: "out-of-range", field: "c" });
    expectCxError(() => readChoice(M, "c", undefined, ["a", "b"]), { code: "out-of-range", field: "c" });
  });
});

describe("readRecord and readOptions", () => {
  it("reject what is not an object with named fields", () => {
    for (const value of [null, undefined, 3, "x", [1]]) {
      expectCxError(() => readRecord(M, "input", value), { code: "wrong-type", field: "input" });
    }
    expect(readOptions(M, undefined)).toEqual({});
    expectCxError(() => readOptions(M, 5), { code: "wrong-type", field: "options" });
  });

  it("accept the fields the function defines", () => {
    const input = { tickets: 1, excludedTickets: 0 };
    expect(readRecord(M, "input", input, ["tickets", "excludedTickets"])).toEqual(input);
  });

  it("reject a field the function does not define, suggesting the nearest known name", () => {
    const error = expectCxError(() => readRecord(M, "input", { excludedTicket: 1 }, ["tickets", "excludedTickets"]), {
      code: "unknown-field",
      field: "excludedTicket",
    });
    expect(error.received).toBe(1);
    expect(error.message).toBe("metric: excludedTicket must be absent (did you mean `excludedTickets`?), received 1");
  });

  it("give the unknown field's value as received, without calling a getter there", () => {
    // A user's report: `received` held the key, so the message repeated the field's name.
    let calls = 0;
    const record = Object.defineProperty({ tickets: 3, excluded: 0 }, "exclude", {
      get: () => ++calls,
      enumerable: true,
    });
    const error = caught(() => readRecord(M, "input", record, ["tickets", "excluded"]));
    expect([error.field, error.received, calls]).toEqual(["exclude", undefined, 0]);
    // A proxy whose unknown field vanishes after Object.keys saw it: an error, not a TypeError.
    let reads = 0;
    const fickle = new Proxy(
      { tickets: 3, exclude: 1 },
      {
        getOwnPropertyDescriptor: (target, key) =>
          key === "exclude" && ++reads > 1 ? undefined : Reflect.getOwnPropertyDescriptor(target, key),
      },
    );
    const vanished = caught(() => readRecord(M, "input", fickle, ["tickets", "excluded"]));
    expect([vanished.code, vanished.field, vanished.received]).toEqual(["unknown-field", "exclude", undefined]);
    const nested = caught(() => readOptions(M, { method: "wilson", confidense: 0.9 }, ["method", "confidence"]));
    expect([nested.field, nested.received]).toEqual(["options.confidense", 0.9]);
    expect(nested.message).toBe("metric: options.confidense must be absent (did you mean `confidence`?), received 0.9");
  });

  it("list the known names when none is close", () => {
    const error = caught(() => readOptions(M, { zzzzzz: 1 }, ["confidence", "method"]));
    expect(error.field).toBe("options.zzzzzz");
    expect(error.message).toContain("known fields: confidence, method");
  });

  it("reject a Map or a Set, whose entries are not fields, as the wrong type", () => {
    for (const value of [new Map([["a", 1]]), new Set(["a"]), new (class extends Map {})()]) {
      expectCxError(() => readRecord(M, "input", value, ["a"]), { code: "wrong-type", field: "input" });
      expectCxError(() => readOptions(M, value, ["a"]), { code: "wrong-type", field: "options" });
      expectCxError(() => readRecord(M, "model", value), { code: "wrong-type", field: "model" });
    }
    // An object that merely holds a Map is a record like any other.
    expect(readRecord(M, "input", { a: new Map() }, ["a"])["a"]).toBeInstanceOf(Map);
  });

  it("name a field of an item relative to it", () => {
    expect(caught(() => readRecord(M, "", { b: 1 }, ["a"])).field).toBe(".b");
  });
});

describe("readDate", () => {
  it("reads YYYY-MM-DD strings and Dates as UTC day numbers", () => {
    expect(readDate(M, "d", "1970-01-02")).toBe(1);
    expect(readDate(M, "d", "2024-02-29")).toBe(19782); // date -d 2024-02-29 +%s / 86400
    expect(readDate(M, "d", new Date("2024-02-29T23:59:59Z"))).toBe(19782);
    expect(readDate(M, "d", "1969-12-31")).toBe(-1);
  });

  it("rejects other strings, days that do not exist and invalid Dates", () => {
    expectCxError(() => readDate(M, "d", "2024-2-29"), { code: "wrong-type", field: "d" });
    expectCxError(() => readDate(M, "d", "2024-02-29T00:00:00Z"), { code: "wrong-type", field: "d" });
    expectCxError(() => readDate(M, "d", 19782), { code: "wrong-type", field: "d" });
    expectCxError(() => readDate(M, "d", "2023-02-29"), { code: "out-of-range", field: "d" });
    expectCxError(() => readDate(M, "d", "2023-13-01"), { code: "out-of-range", field: "d" });
    expectCxError(() => readDate(M, "d", "2023-00-10"), { code: "out-of-range", field: "d" });
    expectCxError(() => readDate(M, "d", new Date(Number.NaN)), { code: "out-of-range", field: "d" });
  });
});

describe("forEachItem", () => {
  it("names a bad field of an item with the item's index, only when it fails", () => {
    const seen: number[] = [];
    const visit = (item: unknown, index: number): void => {
      seen.push(index);
      readCount(M, ".n", (item as { n: unknown }).n);
    };
    expectCxError(() => forEachItem(M, "rows", [{ n: 1 }, { n: 2 }, { n: -1 }], visit), {
      code: "negative",
      field: "rows[2].n",
    });
    expect(seen).toEqual([0, 1, 2]);
  });

  it("names the item itself for a field of ''", () => {
    expectCxError(() => forEachItem(M, "ids", ["a", 3], (id) => readString(M, "", id)), {
      code: "wrong-type",
      field: "ids[1]",
    });
  });

  it("passes the caller's own exceptions and other functions' errors through unchanged", () => {
    const own = new RangeError("from a getter");
    let thrown: unknown;
    try {
      forEachItem(M, "rows", [1], () => {
        throw own;
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(own);
    expect(caught(() => forEachItem(M, "rows", [1], () => readCount("other", ".n", -1))).field).toBe(".n");
    expect(caught(() => forEachItem(M, "rows", [1], () => readCount(M, "total", -1))).field).toBe("total");
  });

  it("rejects what is not iterable", () => {
    expectCxError(() => forEachItem(M, "rows", { length: 1 }, () => undefined), { code: "wrong-type", field: "rows" });
  });
});

describe("readDate in the first century", () => {
  it("reads the years 0000 to 0099 as themselves, not as 1900 to 1999", () => {
    // 0001-01-01 is 719,162 days before 1970-01-01 (Python: date(1970,1,1) - date(1,1,1)).
    expect(readDate(M, "d", "0001-01-01")).toBe(-719162);
    expect(readDate(M, "d", "0099-12-31")).toBe(readDate(M, "d", "0100-01-01") - 1);
  });
});

describe("the readers name what they expected", () => {
  it("readCount asks for a whole number and readProbability for a probability", () => {
    // MAX_COUNT is 90071992547409 (src/internal/limits.ts).
    expect(caught(() => readCount(M, "n", -1)).expected).toBe("a whole number from 0 to 90071992547409");
    expect(caught(() => readProbability(M, "p", 1.5)).expected).toBe("a probability from 0 to 1");
  });

  it("a rule with only a lower bound of 0 and its own noun keeps the noun", () => {
    expect(describeRule({ min: 0, noun: "an amount" })).toBe("an amount of at least 0");
    expect(describeRule({ min: 0, integer: true })).toBe("an integer of at least 0");
  });

  it("readRecord, readBoolean and readString name the type they take", () => {
    expect(caught(() => readRecord(M, "input", null)).expected).toBe("an object with named fields");
    expect(caught(() => readBoolean(M, "b", 1, false)).expected).toBe("a boolean");
    expect(caught(() => readString(M, "s", 1)).expected).toBe("a string");
  });

  it("readDate names a Date or a YYYY-MM-DD string, a valid Date, or a real calendar day", () => {
    expect(caught(() => readDate(M, "d", 19782)).expected).toBe("a Date or a YYYY-MM-DD string");
    expect(caught(() => readDate(M, "d", "2024-2-29")).expected).toBe("a Date or a YYYY-MM-DD string");
    expect(caught(() => readDate(M, "d", new Date(Number.NaN))).expected).toBe("a valid Date");
    expect(caught(() => readDate(M, "d", "2023-02-29")).expected).toBe("a real calendar day");
  });
});

describe("readDate takes nothing but a real Date or the whole string", () => {
  it("rejects an object that only looks like a Date as wrong-type", () => {
    const fake = Object.create(Date.prototype) as Date;
    const error = expectCxError(() => readDate(M, "d", fake), { code: "wrong-type", field: "d" });
    expect(error.expected).toBe("a Date or a YYYY-MM-DD string");
    expect(error.received).toBe(fake);
  });

  it("rejects a YYYY-MM-DD date with anything before it", () => {
    expectCxError(() => readDate(M, "d", "12024-02-29"), { code: "wrong-type", field: "d" });
    expectCxError(() => readDate(M, "d", "x2024-02-29"), { code: "wrong-type", field: "d" });
  });
});
