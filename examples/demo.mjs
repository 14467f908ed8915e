// The library at work on the sample data in examples/data/. Run it with `npm run demo`,
// which builds the package first; it is imported by its own name, as an app would.
import { readFileSync } from "node:fs";
import { ces, computeNps, csat, responseRate } from "cx-metrics";
import { printTable } from "./table.mjs";

const data = new URL("./data/", import.meta.url);

/** Reads a small CSV with a header line into objects (the sample data has no quoted fields). */
function readCsv(name) {
  const [header, ...lines] = readFileSync(new URL(name, data), "utf8").trim().split("\n");
  const keys = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [keys[i], v])));
}

const fmt = (x, digits = 1) => (x === undefined ? "n/a" : x.toFixed(digits));

// Survey metrics, per month and overall.
const responses = readCsv("survey-responses.csv");
const invitations = new Map(readCsv("survey-invitations.csv").map((r) => [r.month, Number(r.invitations)]));
const periods = [...[...new Set(responses.map((r) => r.month))].sort(), "all"];
const subset = (period) => (period === "all" ? responses : responses.filter((r) => r.month === period));
const column = (rows, key) => rows.map((r) => Number(r[key]));
const sent = (period) => (period === "all" ? [...invitations.values()].reduce((a, b) => a + b, 0) : invitations.get(period));

const nps = periods.map((p) => computeNps(column(subset(p), "nps_score")));
const effort = periods.map((p) => ces(column(subset(p), "ces_rating")));

console.log(`Survey metrics from examples/data/survey-responses.csv (${responses.length} responses)\n`);
printTable(
  ["metric", ...periods],
  [
    ["responses", ...periods.map((p) => subset(p).length)],
    ["response rate %", ...periods.map((p) => fmt(responseRate({ responses: subset(p).length, invitations: sent(p) })))],
    ["NPS (points, -100..100)", ...nps.map((r) => fmt(r?.score))],
    ["  promoters % (9-10)", ...nps.map((r) => fmt(r?.promoterPercent))],
    ["  passives % (7-8)", ...nps.map((r) => fmt(r?.passivePercent))],
    ["  detractors % (0-6)", ...nps.map((r) => fmt(r?.detractorPercent))],
    ["CSAT % (4-5 on 1-5)", ...periods.map((p) => fmt(csat(column(subset(p), "csat_rating"))))],
    ["CES mean (1-7, higher = easier)", ...effort.map((r) => fmt(r?.mean, 2))],
    ["CES easy % (5-7 on 1-7)", ...effort.map((r) => fmt(r?.easyPercent))],
  ],
);
