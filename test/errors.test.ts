import { describe, expect, it } from "vitest";
import { CxMetricsError, computeNps } from "../src/index.js";
import { caught } from "./helpers/errors.js";

describe("CxMetricsError", () => {
  it("is an Error with a name, machine-readable fields and a message built from them", () => {
    const error = caught(() => computeNps([10, 9, 8, 11]));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CxMetricsError");
    expect(error.code).toBe("out-of-range");
    expect(error.metric).toBe("computeNps");
    expect(error.field).toBe("scores[3]");
    expect(error.expected).toBe("an integer from 0 to 10");
    expect(error.received).toBe(11);
    expect(error.message).toBe("computeNps: scores[3] must be an integer from 0 to 10, received 11");
  });

  it("keeps the raw received value and renders every kind of value readably in its message", () => {
    const render = (received: unknown): string =>
      new CxMetricsError({ code: "wrong-type", metric: "m", field: "f", expected: "x", received }).message;
    expect(render(NaN)).toBe("m: f must be x, received NaN");
    expect(render(-Infinity)).toBe("m: f must be x, received -Infinity");
    expect(render("9")).toBe('m: f must be x, received "9"');
    expect(render(9n)).toBe("m: f must be x, received 9n");
    expect(render(null)).toBe("m: f must be x, received null");
    expect(render(undefined)).toBe("m: f must be x, received undefined");
    expect(render([1])).toBe("m: f must be x, received an array");
    expect(render({ a: 1 })).toBe("m: f must be x, received an object");
    expect(render(Object.create(null))).toBe("m: f must be x, received an object");
    expect(render(true)).toBe("m: f must be x, received true");
    expect(render(Symbol("s"))).toBe("m: f must be x, received Symbol(s)");
    const received = { a: 1 };
    expect(new CxMetricsError({ code: "wrong-type", metric: "m", field: "f", expected: "x", received }).received).toBe(
      received,
    );
  });
});

describe("CxMetricsError message rendering limits", () => {
  const render = (received: unknown): string =>
    new CxMetricsError({ code: "wrong-type", metric: "m", field: "f", expected: "x", received }).message;

  it("shows a string of exactly 80 characters whole and cuts one of 81 after 80, giving its length", () => {
    const eighty = "a".repeat(80);
    expect(render(eighty)).toBe(`m: f must be x, received "${eighty}"`);
    expect(render(`${eighty}b`)).toBe(`m: f must be x, received "${eighty}"... (81 characters)`);
  });

  it("shows a symbol whose text is 80 characters whole and cuts a longer one after 80, giving its length", () => {
    // String(Symbol(d)) is "Symbol(" + d + ")": 8 characters around the description.
    const exact = Symbol("s".repeat(72));
    expect(render(exact)).toBe(`m: f must be x, received Symbol(${"s".repeat(72)})`);
    const long = Symbol("s".repeat(100)); // text of 108 characters
    expect(render(long)).toBe(`m: f must be x, received Symbol(${"s".repeat(73)}... (108 characters)`);
  });

  it("names a function without showing its source", () => {
    expect(render(function secret() {})).toBe("m: f must be x, received a function");
    expect(render(() => 1)).toBe("m: f must be x, received a function");
  });

  it("describes a revoked proxy of an array as an object (Array.isArray throws for it)", () => {
    const { proxy, revoke } = Proxy.revocable([1, 2], {});
    revoke();
    expect(render(proxy)).toBe("m: f must be x, received an object");
  });
});

describe("CxMetricsError instanceof (brand check)", () => {
  const brand = Symbol.for("cx-metrics.CxMetricsError");

  it("is false for null, undefined and primitives, without throwing", () => {
    for (const value of <unknown[]>[null, undefined, 0, "CxMetricsError", true, 1n, Symbol("x")]) {
      expect(value instanceof CxMetricsError).toBe(false);
    }
  });

  it("is false for a plain Error, a plain object and a function, even a function carrying the brand", () => {
    expect(new Error("x") instanceof CxMetricsError).toBe(false);
    expect({} instanceof CxMetricsError).toBe(false);
    const branded = Object.assign(() => 0, { [brand]: true });
    expect(branded instanceof CxMetricsError).toBe(false);
  });

  it("is true for an object whose shared brand is exactly true, as an error from another copy of the library", () => {
    expect({ [brand]: true } instanceof CxMetricsError).toBe(true);
    expect({ [brand]: "true" } instanceof CxMetricsError).toBe(false);
    expect({ [brand]: 1 } instanceof CxMetricsError).toBe(false);
  });
});
