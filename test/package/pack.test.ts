// Packs the package as npm would publish it, installs the tarball into a fresh project, and
// checks that ESM `import` and CJS `require` both work and agree, with no runtime dependencies.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let dir: string;
let files: string[];

// Every export by name, and one value of every metric family (examples/browser/compute.js).
const probe = (computeUrl: string): string => `
  const names = Object.keys(lib).sort();
  import(${JSON.stringify(computeUrl)}).then(({ computeAll }) => {
    console.log(JSON.stringify({ names, values: computeAll(lib) }));
  });
`;

describe("the packed package", () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cx-metrics-pack-"));
    const out = execFileSync(npm, ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
    const info = JSON.parse(out.slice(out.indexOf("["))) as { filename: string; files: { path: string }[] }[];
    files = info[0]!.files.map((f) => f.path).sort();
    const consumer = join(dir, "consumer");
    execFileSync("mkdir", ["-p", consumer]);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    execFileSync(npm, ["install", "--no-audit", "--no-fund", "--offline", join(dir, info[0]!.filename)], {
      cwd: consumer,
      stdio: "ignore",
    });
    const computeUrl = pathToFileURL(join(root, "examples", "browser", "compute.js")).href;
    writeFileSync(join(consumer, "esm.mjs"), `import * as lib from "cx-metrics";\n${probe(computeUrl)}`);
    writeFileSync(join(consumer, "cjs.cjs"), `const lib = require("cx-metrics");\n${probe(computeUrl)}`);
    // TypeScript consumers: NodeNext (ESM and CJS files) and Bundler resolution.
    const use =
      "computeNps([9, 10])?.score satisfies number | undefined;\n" +
      "const e: CxMetricsError | undefined = undefined;\nvoid e;\n";
    writeFileSync(join(consumer, "consumer.mts"), `import { computeNps, CxMetricsError } from "cx-metrics";\n${use}`);
    writeFileSync(join(consumer, "consumer.cts"), `import { computeNps, CxMetricsError } from "cx-metrics";\n${use}`);
    writeFileSync(join(consumer, "bundler.ts"), `import { computeNps, CxMetricsError } from "cx-metrics";\n${use}`);
    // The package supports ES2022 targets, so its types use ES2015+ library types (Iterable, Map).
    const options = { strict: true, noEmit: true, skipLibCheck: false, types: [], target: "ES2022" };
    writeFileSync(
      join(consumer, "tsconfig.nodenext.json"),
      JSON.stringify({
        compilerOptions: { ...options, module: "NodeNext", moduleResolution: "NodeNext" },
        files: ["consumer.mts", "consumer.cts"],
      }),
    );
    writeFileSync(
      join(consumer, "tsconfig.bundler.json"),
      JSON.stringify({
        compilerOptions: { ...options, module: "ESNext", moduleResolution: "Bundler" },
        files: ["bundler.ts"],
      }),
    );
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "holds dist, the guides with their figures, " + "the README, the contributor pages, the LICENSE and package.json",
    () => {
      const allowed = new RegExp(
        "^(dist\\/index\\.(js|cjs|d\\.ts|d\\.cts)|docs\\/[a-z-]+\\.md|docs\\/figures\\/[a-z-]+\\.svg|" +
          "(README|CHANGELOG|CONTRIBUTING|RELEASING)\\.md|LICENSE|package\\.json)$",
      );
      expect(files.filter((f) => !allowed.test(f))).toEqual([]);
      for (const f of [
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "LICENSE",
        "docs/metrics.md",
      ]) {
        expect(files).toContain(f);
      }
    },
  );

  it("resolves every relative link of the README and the guides inside the tarball", () => {
    const shipped = new Set(files);
    const broken: string[] = [];
    for (const page of files.filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(dir, "consumer", "node_modules", "cx-metrics", page), "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:|^#/.test(target!)) continue; // web links and anchors
        const path = posix.normalize(posix.join(posix.dirname(page), target!.split("#")[0]!));
        if (!shipped.has(path)) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("publishes exactly the packed files (npm publish --dry-run)", () => {
    const out = execFileSync(npm, ["publish", "--dry-run", "--json"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    // npm 11 prints { "<name>": { files: [...] } }; older versions printed the object itself.
    const parsed = JSON.parse(out.slice(out.indexOf("{"))) as Record<string, { files: { path: string }[] }>;
    const report = "files" in parsed ? (parsed as unknown as { files: { path: string }[] }) : Object.values(parsed)[0]!;
    const listed = report.files.map((f) => f.path).sort();
    expect(listed).toEqual(files);
  }, 60_000);

  it("has no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "consumer", "node_modules", "cx-metrics", "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
  });

  it("imports every export with ESM import and CJS require, with the same names and the same values", async () => {
    const run = (file: string): string =>
      execFileSync(process.execPath, [file], { cwd: join(dir, "consumer"), encoding: "utf8" });
    const esm = run("esm.mjs");
    expect(run("cjs.cjs")).toBe(esm);
    const parsed = JSON.parse(esm) as { names: string[]; values: { survey: { csat: number }; error: unknown } };
    expect(parsed.names).toEqual(Object.keys(await import("../../src/index.js")).sort());
    expect(parsed.values.survey.csat).toBe(40);
    expect(parsed.values.error).toMatchObject({ isCxMetricsError: true, code: "out-of-range" });
  });

  it("type-checks a TypeScript consumer under NodeNext (ESM and CJS) and Bundler resolution", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
      let output = "";
      try {
        execFileSync(process.execPath, [tsc, "-p", config], { cwd: join(dir, "consumer"), encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output, config).toBe("");
    }
  }, 60_000);
});
