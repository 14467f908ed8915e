// Issue 13, point 17: one app that loads both the ESM and the CommonJS build has two copies of
// CxMetricsError; `instanceof` must hold across them. This test loads the built files (npm test
// builds before it runs the tests; run `npm run build` first when running this file alone).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import * as src from "../../src/index.js";

type Library = typeof src;
const dist = join(import.meta.dirname, "..", "..", "dist");
let esm: Library;
let cjs: Library;

beforeAll(async () => {
  expect(existsSync(join(dist, "index.js")) && existsSync(join(dist, "index.cjs")), "run `npm run build` first").toBe(
    true,
  );
  esm = (await import(pathToFileURL(join(dist, "index.js")).href)) as Library;
  cjs = createRequire(import.meta.url)(join(dist, "index.cjs")) as Library;
});

/** The error `call` throws. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("13.17 instanceof CxMetricsError holds across the ESM and CommonJS builds", () => {
  it("13.17 the two builds really are two copies of the class", () => {
    expect(esm.CxMetricsError).not.toBe(cjs.CxMetricsError);
  });

  it("13.17 an error from the CommonJS build is an instance of the ESM build's class", () => {
    const error = thrown(() => cjs.computeNps([11]));
    expect(error instanceof esm.CxMetricsError).toBe(true);
  });

  it("13.17 an error from the ESM build is an instance of the CommonJS build's class", () => {
    const error = thrown(() => esm.computeNps([11]));
    expect(error instanceof cjs.CxMetricsError).toBe(true);
  });

  it("13.17 errors from both builds are instances of the source's class, and it of theirs", () => {
    expect([
      thrown(() => esm.fcr({ resolvedOnFirstContact: -1, tickets: 1 })) instanceof src.CxMetricsError,
      thrown(() => cjs.fcr({ resolvedOnFirstContact: -1, tickets: 1 })) instanceof src.CxMetricsError,
      thrown(() => src.fcr({ resolvedOnFirstContact: -1, tickets: 1 })) instanceof cjs.CxMetricsError,
    ]).toEqual([true, true, true]);
  });

  it("13.17 other errors and look-alikes are not instances", () => {
    const lookAlike = Object.assign(new Error("x"), { name: "CxMetricsError", code: "wrong-type" });
    expect([
      new TypeError("x") instanceof esm.CxMetricsError,
      lookAlike instanceof cjs.CxMetricsError,
      (null as unknown) instanceof esm.CxMetricsError,
      ("CxMetricsError" as unknown) instanceof cjs.CxMetricsError,
    ]).toEqual([false, false, false, false]);
  });
});
