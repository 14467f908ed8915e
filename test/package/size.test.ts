// Bundles each public export alone from the built package, as an app would import it, and checks
// its minified + gzipped size and that no other public function came along.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const dist = join(root, "dist", "index.js");

/**
 * Round ceilings in bytes, minified then gzipped at level 9: the policy is in CONTRIBUTING.md
 * ("Size"). A function's measured size goes into sizes.json beside this file, which the test
 * rewrites on every run, so growth shows up in review; only a ceiling fails the run.
 */
const FUNCTION_CEILING = 2048;
/**
 * Functions that read raw data in every form the library accepts (survey responses as arrays,
 * typed arrays, iterables, counts or tallies; per-customer snapshots; collections of records such
 * as subscriptions and health components): they carry the survey input model, the snapshot reader
 * or the record loop besides the shared readers.
 */
const DATA_READER_CEILING = 5120; // the survey readers with the fast array loops: 4,364-4,593 B measured

const DATA_READERS = new Set([
  "computeNps",
  "csat",
  "ces",
  "tally",
  "mergeTallies",
  "tallyFromRows",
  "mrr",
  "arr",
  "mrrByCustomer",
  "mrrMovements",
  "expansionMrr",
  "healthScore",
  "latestResponses", // response records with respondent ids and dates in three forms: 2,312 B measured
]);
/** Statistics, cohort tables and model predictions (modules under src/stats/, src/cohorts/, src/models/). */
const STATISTICS_CEILING = 5120; // npsInterval and compareNps read raw scores with the fast loops: 4,580-4,683 B
/** Model fits (`fit*` in src/models/): each carries the optimiser and the special functions. */
const MODEL_FIT_CEILING = 6144;
/**
 * The segment and trend functions of NPS and CSAT carry a survey reader in every form, an interval
 * function and a comparison (npsInterval and compareNps, or proportionInterval and a z-test), the
 * p-value adjustment and the segment or trend bookkeeping: measured 5,073 B (csatTrend) to
 * 6,085 B (npsBySegment, with the blank-cell option and the fast array loops of the survey
 * readers), above the 5,120 B of statistics.
 */
const SEGMENTS_CEILING = 7168;
const SEGMENT_FUNCTIONS = new Set(["npsBySegment", "csatBySegment", "npsTrend", "csatTrend"]);
const WHOLE_LIBRARY_CEILING = 32 * 1024;
const SNAPSHOT = join(import.meta.dirname, "sizes.json");

/** Public functions that another one uses by design: their modules are expected, not leaks. */
const USES: Readonly<Record<string, readonly string[]>> = {
  // The segment and trend functions take their intervals and comparisons from these.
  npsBySegment: ["npsInterval", "compareNps"],
  npsTrend: ["npsInterval", "compareNps"],
  proportionBySegment: ["proportionInterval"],
  proportionTrend: ["proportionInterval"],
  csatBySegment: ["proportionInterval"],
  csatTrend: ["proportionInterval"],
};

const exportsList = Object.keys(lib).sort();
/** The error class comes along with every function that validates; it is not a leak. */
const SHARED = new Set(["CxMetricsError"]);

async function bundle(names: readonly string[]): Promise<{ gzip: number }> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(", ")} } from "cx-metrics";\nglobalThis.__keep = [${names.join(", ")}];`,
      resolveDir: root,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs, "resolved through the package's exports map to the built ESM file").toContain("dist/index.js");
  return { gzip: gzipSync(result.outputFiles[0]!.text, { level: 9 }).length };
}

/** The source module that defines each public export, read from the barrel. */
const barrel = readFileSync(join(root, "src", "index.ts"), "utf8");
const moduleOf = (name: string): string =>
  `src/${new RegExp(`export (?:type )?\\{[^}]*\\b${name}\\b[^}]*\\} from "\\./(.*)\\.js"`).exec(barrel)![1]}.ts`;

/**
 * The public modules that come along when `name` alone is bundled from the sources: esbuild's
 * metafile lists every module it kept.
 */
async function modulesWith(...names: string[]): Promise<string[]> {
  const list = names.join(", ");
  const result = await build({
    stdin: {
      contents: `import { ${list} } from "./src/index.ts";\nglobalThis.__keep = [${list}];`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
  });
  const kept = new Set(
    Object.keys(result.metafile.outputs).flatMap((o) => Object.keys(result.metafile.outputs[o]!.inputs)),
  );
  return exportsList.map(moduleOf).filter((m, i, all) => all.indexOf(m) === i && kept.has(m));
}

export const sizes: Record<string, number> = {};

/** The ceiling of one public function: statistics and models get the larger one. */
function ceilingOf(name: string): number {
  if (SEGMENT_FUNCTIONS.has(name)) return SEGMENTS_CEILING;
  if (/^src\/models\/fit/.test(moduleOf(name))) return MODEL_FIT_CEILING;
  if (/^src\/(stats|cohorts|models)\//.test(moduleOf(name))) return STATISTICS_CEILING;
  return DATA_READERS.has(name) ? DATA_READER_CEILING : FUNCTION_CEILING;
}

describe("bundle size", () => {
  beforeAll(() => {
    if (!existsSync(dist)) throw new Error("dist/index.js is missing: run `npm run build` first (npm test does)");
  });

  it.each(exportsList)("%s alone stays within its budget and brings no other public function", async (name) => {
    const { gzip } = await bundle([name]);
    sizes[name] = gzip;
    const allowed = new Set([name, ...SHARED, ...(USES[name] ?? [])].map(moduleOf));
    const kept = await modulesWith(name);
    expect(kept, "the function's own module").toContain(moduleOf(name));
    expect(
      kept.filter((m) => !allowed.has(m)),
      `public modules that came along with ${name}`,
    ).toEqual([]);
    expect(gzip, `${name}: ${gzip} B gzipped`).toBeLessThanOrEqual(ceilingOf(name));
  });

  it("detects a public module that comes along", async () => {
    expect((await modulesWith("churnRate")).sort()).toEqual([moduleOf("churnRate"), moduleOf("CxMetricsError")].sort());
    expect((await modulesWith("churnRate", "computeNps")).sort()).toEqual(
      [moduleOf("churnRate"), moduleOf("computeNps"), moduleOf("CxMetricsError")].sort(),
    );
  });

  it("the whole library stays within its ceiling", async () => {
    const { gzip } = await bundle(exportsList);
    sizes["(whole library)"] = gzip;
    expect(gzip, `whole library: ${gzip} B gzipped`).toBeLessThanOrEqual(WHOLE_LIBRARY_CEILING);
  });

  afterAll(() => {
    // The snapshot for review: every measured size with its ceiling, one line each, sorted.
    if (Object.keys(sizes).length !== exportsList.length + 1) return; // a filtered run measured only some
    const lines = Object.keys(sizes)
      .sort()
      .map((name) => {
        const ceiling = name.startsWith("(") ? WHOLE_LIBRARY_CEILING : ceilingOf(name);
        return `  ${JSON.stringify(name)}: { "gzip": ${sizes[name]}, "ceiling": ${ceiling} }`;
      });
    writeFileSync(SNAPSHOT, `{\n${lines.join(",\n")}\n}\n`);
  });
});
