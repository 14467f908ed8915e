import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";

const root = join(import.meta.dirname, "..");
const src = join(root, "src");

/** Every public source module: everything under src/ but the barrel and src/internal/. */
function publicModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "internal") walk(path);
      } else if (entry.name.endsWith(".ts") && path !== join(src, "index.ts")) {
        out.push(path);
      }
    }
  };
  walk(src);
  return out.sort();
}

describe("the public API", () => {
  it("exports exactly these runtime names (adding or removing API is a visible diff)", () => {
    expect(Object.keys(lib).sort()).toEqual([
      "CxMetricsError",
      "acquisitionRate",
      "adjustPValues",
      "arpa",
      "arr",
      "averageOrderValue",
      "bgBbExpectedPurchases",
      "bgBbNewCustomerPurchases",
      "bgBbProbabilityAlive",
      "bgNbdExpectedPurchases",
      "bgNbdNewCustomerPurchases",
      "bgNbdProbabilityAlive",
      "cac",
      "cacPaybackMonths",
      "ces",
      "churnRate",
      "clv",
      "cohortRetention",
      "compareNps",
      "computeNps",
      "crc",
      "csat",
      "csatBySegment",
      "csatTrend",
      "customerGrowthRate",
      "customerNetChange",
      "expansionMrr",
      "fcr",
      "fitBgBb",
      "fitBgNbd",
      "fitGammaGamma",
      "fitParetoNbd",
      "fitSbg",
      "gammaGammaExpectedValue",
      "grossMrrChurnRate",
      "grossRevenueRetention",
      "healthBand",
      "healthScore",
      "latestResponses",
      "lifetimeValue",
      "lifetimeValues",
      "ltvToCac",
      "mergeTallies",
      "mrr",
      "mrrByCustomer",
      "mrrMovements",
      "netMrrChurnRate",
      "netRevenueRetention",
      "npsBySegment",
      "npsInterval",
      "npsSampleSize",
      "npsTrend",
      "paretoNbdExpectedPurchases",
      "paretoNbdNewCustomerPurchases",
      "paretoNbdProbabilityAlive",
      "proportionBySegment",
      "proportionInterval",
      "proportionSampleSize",
      "proportionTrend",
      "quickRatio",
      "rake",
      "ratingsFromText",
      "referralRate",
      "renewalRate",
      "repeatPurchaseRate",
      "responseRate",
      "retentionRate",
      "revenueRetention",
      "rfmGroups",
      "rfmSummary",
      "sbgDel",
      "sbgDerl",
      "sbgLifetimeValue",
      "sbgProjection",
      "sbgRetentionRate",
      "sbgSurvival",
      "tally",
      "tallyFromRows",
      "trialConversionRate",
      "weightedCsat",
      "weightedNps",
    ]);
  });

  it("re-exports every name that every public module exports, types included", () => {
    const barrel = readFileSync(join(src, "index.ts"), "utf8");
    const exported = new Set(
      [...barrel.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
        m[1]!.split(",").map((s) => s.trim().replace(/^type /, "")),
      ),
    );
    for (const file of publicModules()) {
      const text = readFileSync(file, "utf8");
      const names = [...text.matchAll(/^export (?:declare )?(?:interface|type|function|class|const) (\w+)/gm)].map(
        (m) => m[1]!,
      );
      expect(names.length, relative(root, file)).toBeGreaterThan(0);
      for (const name of names) expect(exported.has(name), `${name} from ${relative(root, file)}`).toBe(true);
    }
  });

  it("keeps the barrel to one export line a module, in alphabetical order of the first name", () => {
    const barrel = readFileSync(join(src, "index.ts"), "utf8");
    const statements = barrel
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    const first = statements.map((s) => /^export (?:type )?\{\s*(?:type\s+)?(\w+)/.exec(s)![1]!.toLowerCase());
    expect(first).toEqual([...first].sort());
    const modules = statements.map((s) => /from "(.*)"$/.exec(s)![1]);
    expect(new Set(modules).size).toBe(statements.length);
    expect(modules.every((m) => !m!.includes("/internal/"))).toBe(true);
  });
});
