import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { compile, type Example, markdownExamples, root, sourceExamples, typeCheck } from "./examples.js";

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

const names = Object.keys(lib);

async function run(example: Example): Promise<number> {
  const { code, checks } = compile(example);
  const js = transformSync(code, { loader: "ts", format: "esm", target: "es2022" }).code;
  const fn = new AsyncFunction("__lib", "check", `const { ${names.join(", ")} } = __lib;\n${js}`);
  const check = async (actual: () => unknown, expected: () => unknown, where: string): Promise<void> => {
    let value = actual();
    if (value instanceof Promise) value = await value;
    expect(value, where).toStrictEqual(expected());
  };
  await fn(lib, check);
  return checks;
}

const fromSource = sourceExamples();
const fromMarkdown = markdownExamples();

describe("TSDoc @example blocks", () => {
  it.each(fromSource.map((e) => [e.where, e] as const))("%s runs and gives the documented values", async (_, e) => {
    expect(await run(e)).toBeGreaterThan(0);
  });

  it("exist for every runtime export, in the module that defines it", () => {
    const barrel = readFileSync(join(root, "src", "index.ts"), "utf8");
    for (const name of names) {
      const module = new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from "\\./(.*)\\.js"`).exec(barrel)![1]!;
      const file = join(root, "src", `${module}.ts`);
      const inFile = fromSource.filter((e) => e.file === file);
      const checked = (e: Example): boolean => e.lines.some((l) => l.includes(name)) && compile(e).checks > 0;
      expect(inFile.some(checked), name).toBe(true);
    }
  });
});

describe("ts code blocks in README.md and docs/", () => {
  it.each(fromMarkdown.map((e) => [e.where, e] as const))("%s runs and gives the documented values", async (_, e) => {
    await run(e);
  });

  it("include at least one checked value in the README", () => {
    const readme = fromMarkdown.filter((e) => e.where.startsWith("README.md"));
    expect(readme.reduce((n, e) => n + compile(e).checks, 0)).toBeGreaterThan(0);
  });
});

describe("every example type-checks as a consumer's strict TypeScript", () => {
  // One program checks every example and a probe that must fail, so the harness shows it can.
  const probe: Example = {
    where: "probe.md:1",
    file: join(root, "probe.md"),
    lines: ['import { computeNps } from "cx-metrics";', "computeNps([10]).score; // => 100"],
    firstLine: 1,
  };
  let checked: ReturnType<typeof typeCheck> | undefined;
  const failures = (): ReturnType<typeof typeCheck> => (checked ??= typeCheck([...fromSource, ...fromMarkdown, probe]));

  it(
    "has no type errors in any @example or ts block " +
      "(strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess)",
    async () => {
      const found = (await failures()).filter((f) => !f.where.startsWith("probe.md"));
      expect(found.map((f) => `${f.where}: ${f.message}`)).toEqual([]);
    },
  );

  it("reports a type error at the file and line of the example's own text", async () => {
    const found = (await failures()).filter((f) => f.where.startsWith("probe.md"));
    expect(found.map((f) => f.where)).toEqual(["probe.md:2"]);
    expect(found[0]?.message).toMatch(/possibly 'undefined'/);
  });
});

describe("the example harness", () => {
  const example = (lines: string[]): Example => ({ where: "x:1", file: join(root, "x"), lines, firstLine: 1 });

  it("fails an example whose documented value is wrong", async () => {
    await expect(run(example(["computeNps([10]).score; // => 99"]))).rejects.toThrow();
    await expect(run(example(["0; // => -0"]))).rejects.toThrow();
  });

  it("joins statements that span several lines, and ignores brackets in strings and comments", () => {
    const { code, checks } = compile(
      example([
        "computeNps({",
        '  promoters: 1, passives: 0, detractors: 0, // ( "',
        "}).score; // => 100",
        'const s = "(";',
      ]),
    );
    expect(checks).toBe(1);
    expect(code).toContain("await check(() => (computeNps({");
  });

  it("rejects imports from anything but the package, and unbalanced brackets", () => {
    expect(() => compile(example(['import fs from "node:fs";']))).toThrow(/only imports/);
    expect(() => compile(example(["computeNps(["]))).toThrow(/unbalanced/);
    expect(compile(example(['import { csat } from "cx-metrics";', "csat([5]); // => 100"])).checks).toBe(1);
  });
});
