// Conventions that review alone used to keep: every public function is listed in the README's
// function table, has its own section in docs/metrics.md and its own test file mirroring its
// module; internal modules import no public ones. Data-driven from the exports and the files, so
// a function added on any branch is caught.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { root } from "./examples.js";

const isClass = (value: unknown): boolean =>
  typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));

/** Every public function: the runtime exports that are functions but not classes. */
const functions = Object.entries(lib)
  .filter(([, value]) => typeof value === "function" && !isClass(value))
  .map(([name]) => name)
  .sort();

/** The code spans (`...`) of a piece of markdown, in order. */
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The first cells of the rows of the table under the README's "## Functions" heading. */
function readmeRows(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = /^## Functions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) => line.split(/(?<!\\)\|/)[1]!.trim());
}

/** The headings of docs/metrics.md, as their code spans. */
function metricsHeadings(): string[][] {
  const metrics = readFileSync(join(root, "docs", "metrics.md"), "utf8");
  return [...metrics.matchAll(/^#{2,4} (.*)$/gm)].map((m) => codeSpans(m[1]!));
}

describe("every public function is documented where a reader looks for it", () => {
  it("finds the public functions", () => {
    expect(functions).toContain("computeNps");
    expect(functions).not.toContain("CxMetricsError");
  });

  it.each(functions)("%s has its own row in the README's function table", (name) => {
    const rows = readmeRows().filter((cell) => {
      const first = codeSpans(cell)[0];
      return first === name || first?.startsWith(`${name}(`) === true;
    });
    expect(rows, `a row whose first cell starts with \`${name}(...)\``).toHaveLength(1);
  });

  it.each(functions)("%s has a section of its own in docs/metrics.md", (name) => {
    const sections = metricsHeadings().filter((spans) => spans.length === 1 && spans[0] === name);
    expect(sections, `a heading naming only \`${name}\``).toHaveLength(1);
  });

  it.each(functions)("%s has its own test file, test/<domain>/<name>.test.ts, mirroring its module", (name) => {
    const barrel = readFileSync(join(root, "src", "index.ts"), "utf8");
    const module = new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from "\\./(.*)\\.js"`).exec(barrel)?.[1];
    expect(module, `${name} is exported from its module`).toMatch(new RegExp(`/${name}$`));
    expect(existsSync(join(root, "test", `${module}.test.ts`)), `test/${module}.test.ts`).toBe(true);
  });
});

describe("src/internal/ is the library's own vocabulary", () => {
  const internal = join(root, "src", "internal");
  const files = readdirSync(internal).filter((file) => file.endsWith(".ts"));

  it.each(files)("%s imports no public module, not even its types (only errors.ts, the error class)", (file) => {
    const source = readFileSync(join(internal, file), "utf8");
    const outside = [...source.matchAll(/(?:from |import\()"(\.\.\/[^"]+)"/g)].map((m) => m[1]);
    expect(outside.filter((path) => path !== "../errors.js")).toStrictEqual([]);
  });
});

describe("the code's lines", () => {
  /** Tracked code files (sources, tests, benchmarks, scripts, examples, configuration). */
  const files = execFileSync("git", ["ls-files", "*.ts", "*.mjs", "*.js", "*.cjs", "*.sh", "*.py"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter((file) => file !== "");

  it("are at most 120 characters long", () => {
    const long = files.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (line.length > 120 ? [`${file}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toStrictEqual([]);
  });
});
