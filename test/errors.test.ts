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
