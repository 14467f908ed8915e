// docs/segments-and-trends.md quotes numbers computed on examples/data/segment-responses.csv;
// this fails when the data or the library change them, as the figure test does for the figures.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../../scripts/figures.mjs";

describe("docs/segments-and-trends.md", () => {
  it("quotes the numbers the library gives on the sample data", async () => {
    expect(existsSync(join(root, "dist", "index.js")), "run `npm run build` first (npm test does)").toBe(true);
    const { guideNumbers } = await import("../../scripts/figures/segments-and-trends.mjs");
    // Compared with line breaks and runs of spaces made single spaces, so rewrapping does not matter.
    const words = (text: string): string => text.replace(/\s+/g, " ");
    const guide = words(readFileSync(join(root, "docs", "segments-and-trends.md"), "utf8"));
    const quotes = guideNumbers();
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(guide, quote).toContain(words(quote));
  });
});
