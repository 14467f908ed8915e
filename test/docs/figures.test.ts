// The figures of the guides are drawn by scripts/figures.mjs from the built library; a committed
// figure that differs from a fresh drawing is stale (the library or the script changed since).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guides, renderFigures, root } from "../../scripts/figures.mjs";

const figuresDir = join(root, "docs", "figures");
const committed = (): string[] =>
  existsSync(figuresDir)
    ? readdirSync(figuresDir)
        .filter((f) => f.endsWith(".svg"))
        .map((f) => `docs/figures/${f}`)
    : [];

describe("npm run figures", () => {
  it("lists exactly the guide modules in scripts/figures/ (svg.mjs is the toolkit)", () => {
    const modules = readdirSync(join(root, "scripts", "figures"))
      .filter((f) => f.endsWith(".mjs") && f !== "svg.mjs")
      .map((f) => f.slice(0, -".mjs".length));
    expect([...guides].sort()).toEqual(modules.sort());
  });

  it("draws every committed figure exactly as committed, and no other", async () => {
    expect(existsSync(join(root, "dist", "index.js")), "run `npm run build` first (npm test does)").toBe(true);
    const drawn = await renderFigures();
    for (const [path, svg] of Object.entries(drawn)) {
      const file = join(root, path);
      expect(existsSync(file), `missing figure ${path}: run npm run figures`).toBe(true);
      expect(readFileSync(file, "utf8") === svg, `stale figure ${path}: run npm run figures`).toBe(true);
    }
    expect(committed().sort(), "a committed figure no guide draws").toEqual(Object.keys(drawn).sort());
  });

  it("shows every committed figure in a guide", () => {
    const docs = readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => readFileSync(join(root, "docs", f), "utf8"))
      .join("\n");
    for (const path of committed()) expect(docs, path).toContain(path.slice("docs/".length));
  });
});
