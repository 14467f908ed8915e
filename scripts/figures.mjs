// Draws the figures of the guides (docs/figures/*.svg) from the library's built output.
// Run with `npm run figures` (it builds first). test/docs/figures.test.ts fails when a committed
// figure differs from what this draws, so a figure can never drift from the library.
//
// Each guide with figures has a module scripts/figures/<guide>.mjs, listed in `guides`, that
// exports `async function figures()` returning `{ "docs/figures/<name>.svg": "<svg ...>" }`,
// computed with the library imported from ../../dist/index.js and drawn with ./figures/svg.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The guides that have figures: one module scripts/figures/<guide>.mjs each. */
export const guides = ["lifetime-value", "retention", "segments-and-trends"];

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every figure of every listed guide: a map from its path (relative to the root) to its SVG text. */
export async function renderFigures() {
  const all = {};
  for (const guide of guides) {
    const module = await import(pathToFileURL(join(root, "scripts", "figures", `${guide}.mjs`)).href);
    const figures = await module.figures();
    for (const [path, svg] of Object.entries(figures)) {
      if (!/^docs\/figures\/[\w.-]+\.svg$/.test(path))
        throw new Error(`${guide}: figure path ${path} is not docs/figures/<name>.svg`);
      if (path in all) throw new Error(`${guide}: figure ${path} is drawn twice`);
      all[path] = svg;
    }
  }
  return all;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await renderFigures();
  for (const [path, svg] of Object.entries(figures)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), svg);
    console.log(`wrote ${path}`);
  }
}
