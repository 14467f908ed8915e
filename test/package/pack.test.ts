// Packs the package as npm would publish it, installs the tarball into a fresh project, and
// checks that ESM `import` and CJS `require` both work and agree, with no runtime dependencies.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let dir: string;
let files: string[];

const probe = `
  const names = Object.keys(lib).sort();
  const values = {
    nps: lib.computeNps([10, 9, 8, 3]),
    csat: lib.csat([5, 4, 3, 2, 1]),
    ces: lib.ces([7, 6, 5, 4, 1]),
    rate: lib.responseRate({ responses: 3000, invitations: 30000 }),
  };
  let error;
  try { lib.computeNps([11]); } catch (e) { error = { isError: e instanceof lib.CxMetricsError, code: e.code }; }
  console.log(JSON.stringify({ names, values, error }));
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
    writeFileSync(join(consumer, "esm.mjs"), `import * as lib from "cx-metrics";\n${probe}`);
    writeFileSync(join(consumer, "cjs.cjs"), `const lib = require("cx-metrics");\n${probe}`);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds only dist, the README, the CHANGELOG, the LICENSE and package.json", () => {
    const allowed = /^(dist\/index\.(js|cjs|d\.ts|d\.cts)|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "LICENSE"]) {
      expect(files).toContain(f);
    }
  });

  it("has no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "consumer", "node_modules", "cx-metrics", "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
  });

  it("imports with ESM import and CJS require, with the same names and the same values", () => {
    const run = (file: string): unknown =>
      JSON.parse(execFileSync(process.execPath, [file], { cwd: join(dir, "consumer"), encoding: "utf8" }));
    const esm = run("esm.mjs");
    const cjs = run("cjs.cjs");
    expect(esm).toEqual(cjs);
    expect(esm).toMatchObject({
      values: { nps: { score: 25 }, csat: 40, rate: 10 },
      error: { isError: true, code: "out-of-range" },
    });
  });
});
