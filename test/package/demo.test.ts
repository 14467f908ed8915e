import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cohortRetention, computeNps, csat, fitSbg } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");

describe("npm run demo", () => {
  it("prints every metric from the committed sample data, with the values the library computes", () => {
    expect(existsSync(join(root, "dist", "index.js")), "run `npm run build` first (npm test does)").toBe(true);
    const run = spawnSync(process.execPath, [join(root, "examples", "demo.mjs")], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const rows = readFileSync(join(root, "examples", "data", "survey-responses.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1);
    const column = (i: number): number[] => rows.map((r) => Number(r.split(",")[i]));
    const lineOf = (label: string): string => run.stdout.split("\n").find((l) => l.startsWith(label)) ?? "";
    expect(lineOf("NPS (points").trim().split(/\s+/).pop()).toBe(computeNps(column(2))!.score.toFixed(1));
    expect(lineOf("CSAT %").trim().split(/\s+/).pop()).toBe(csat(column(3))!.toFixed(1));
    for (const label of ["responses", "response rate %", "CES mean", "CES easy %"]) expect(lineOf(label)).not.toBe("");
    // S4-CHURN / S4-RENEWAL figures in the customer sample: 38 lost of 1,023; 24 renewed of 75
    expect(lineOf("churn rate %").trim().split(/\s+/).slice(-3)).toEqual(["4.2", "3.7", "5.2"]);
    expect(lineOf("renewal rate %")).toContain("32.0");
    for (const label of [
      "retention rate %",
      "acquisition rate %",
      "customer growth %",
      "lost per 100 new",
      "repeat purchase rate %",
      "referral rate %",
      "average order value",
      "retention cost per customer",
      "MRR at 2026-11",
      "expansion MRR",
      "CLV (ARPA",
      "CLV (margin",
      "FCR % (gross)",
      "FCR % (net",
      "A12",
      "  95 % interval",
      "CSAT % 95 % interval",
      "2026-09 -> 2026-10",
      "2026-10 -> 2026-11",
      "Responses needed",
      "+ new",
      "- churned",
      "= ending MRR",
      "net revenue retention %",
      "gross revenue retention %",
      "quick ratio",
    ]) {
      expect(lineOf(label), label).not.toBe("");
    }
    // The cohort table and the sBG fit from the sample subscribers.
    const subscribers = readFileSync(join(root, "examples", "data", "subscription-customers.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => ({ startedAt: line.split(",")[1]!, endedAt: line.split(",")[2] || null }));
    const fit = fitSbg(cohortRetention(subscribers, { asOf: "2026-11-01" })!)!;
    expect(lineOf("sBG alpha").trim().split(/\s+/).at(-2)).toBe(fit.alpha.toFixed(3));
    expect(lineOf("sBG beta").trim().split(/\s+/).at(-2)).toBe(fit.beta.toFixed(3));
    for (const label of [
      "Cohort retention from",
      "2026-09",
      "average",
      "projected active in cohort",
      "value of a new subscriber",
      "value after 12 renewals",
    ]) {
      expect(lineOf(label), label).not.toBe("");
    }
    expect(run.stdout).not.toContain("n/a");
  });
});
