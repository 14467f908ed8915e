import { describe, expect, it } from "vitest";
import { MAX_COUNT } from "../../src/internal/limits.js";

describe("MAX_COUNT, the largest count the library accepts", () => {
  it("is Math.floor(Number.MAX_SAFE_INTEGER / 100), written out", () => {
    expect(MAX_COUNT).toBe(Math.floor(Number.MAX_SAFE_INTEGER / 100));
  });

  it("is the largest count whose hundredfold is still a safe integer", () => {
    expect(Number.isSafeInteger(100 * MAX_COUNT)).toBe(true);
    expect(Number.isSafeInteger(100 * (MAX_COUNT + 1))).toBe(false);
  });
});
