// The figures of docs/retention.md: the sample cohort table as a heat map, and the sBG model
// fitted to Fader and Hardie's (2007) data against the later years the fit did not see.
import { readFileSync } from "node:fs";
import { cohortRetention, fitSbg, sbgSurvival } from "../../dist/index.js";
import { heatMap, lineChart, num, PALETTE } from "./svg.mjs";

/** Fader and Hardie, "How to Project Customer Retention", J. Interactive Marketing 21(1), 2007, Table 1. */
export const PAPER = {
  highEnd: [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394],
  regular: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
};
/** Years 0-7 are fitted; 8-12 are held out. */
export const FITTED_YEARS = 8;

/** The sample customers of examples/data/subscription-customers.csv. */
export function sampleCustomers() {
  const text = readFileSync(new URL("../../examples/data/subscription-customers.csv", import.meta.url), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [, startedAt, endedAt] = line.split(",");
      return { startedAt, endedAt: endedAt === "" ? null : endedAt };
    });
}

export async function figures() {
  const AGES = 13;
  const table = cohortRetention(sampleCustomers(), { asOf: "2026-11-01" });
  const cohorts = table.cohorts.filter((c) => c.active.length > 1);
  const heat = heatMap({
    title: "Monthly cohorts of the sample subscribers: % still active",
    description: "cohortRetention on examples/data/subscription-customers.csv, as of 2026-11-01",
    xLabel: "months since the cohort's month (age)",
    yLabel: "cohort",
    rows: cohorts.map((c) => c.label),
    columns: Array.from({ length: AGES }, (_, k) => String(k)),
    values: cohorts.map((c) => c.retainedPercent.slice(0, AGES)),
    min: 0,
    max: 100,
    rowNotes: cohorts.map((c) => String(c.size)),
    rowNotesTitle: "size",
    cellWidth: 38,
    cellHeight: 20,
    scaleLabel: "% of the cohort",
  });

  const years = Array.from({ length: PAPER.highEnd.length }, (_, t) => t);
  const series = [];
  const segments = [
    ["high end", PAPER.highEnd, PALETTE[0]],
    ["regular", PAPER.regular, PALETTE[1]],
  ];
  for (const [name, counts, color] of segments) {
    const fit = fitSbg(counts.slice(0, FITTED_YEARS));
    const curve = sbgSurvival(fit, { periods: years.length - 1 });
    const constant = counts[1] / counts[0]; // the year-1 retention, held constant
    series.push({
      label: `${name}: sBG (alpha ${num(fit.alpha, 3)}, beta ${num(fit.beta, 3)})`,
      points: years.map((t) => ({ x: t, y: curve[t] })),
      color,
    });
    series.push({
      label: `${name}: constant year-1 retention`,
      points: years.map((t) => ({ x: t, y: 100 * constant ** t })),
      color,
      dashed: true,
    });
    series.push({
      label: `${name}: actual`,
      points: years.map((t) => ({ x: t, y: counts[t] / 10 })),
      color,
      line: false,
      markers: true,
    });
  }
  const survival = lineChart({
    width: 680,
    height: 420,
    title: "sBG fitted to years 0-7, projected to year 12",
    description: "fitSbg on Fader and Hardie's (2007) data, years 0-7; actual values for years 8-12 held out",
    xLabel: "year",
    yLabel: "% of the cohort still active",
    x: { min: 0, max: 12, ticks: years },
    y: { min: 0, max: 100 },
    series,
    annotations: [{ x: FITTED_YEARS - 1, label: "fitted | projected", at: "bottom" }],
  });
  return { "docs/figures/retention-cohorts.svg": heat, "docs/figures/retention-sbg.svg": survival };
}
