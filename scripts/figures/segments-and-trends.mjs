// The figures of docs/segments-and-trends.md, drawn from the library's output on
// examples/data/segment-responses.csv (written by scripts/data/generate-segment-responses.mjs).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { latestResponses, npsBySegment, npsTrend, rake, weightedNps } from "../../dist/index.js";
import { lineChart, num, PALETTE } from "./svg.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The sample responses, one answer per customer per week (the latest). */
export function sampleResponses() {
  const [header, ...lines] = readFileSync(join(root, "examples", "data", "segment-responses.csv"), "utf8")
    .trim()
    .split("\n");
  const names = header.split(",");
  const rows = lines.map((line) => {
    const cells = line.split(",");
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i]]));
    return { ...row, score: Number(row.score) };
  });
  return latestResponses(rows, { per: "week" });
}

/** Responses grouped by `key(row)`, in order of first appearance (or of `order`). */
function groupScores(rows, key, order) {
  const groups = new Map((order ?? []).map((k) => [k, []]));
  for (const row of rows) {
    const k = key(row);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(row.score);
  }
  return groups;
}

const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const weekOf = (row) =>
  `W${String(Math.floor((Date.parse(row.answeredAt) - FIRST_MONDAY) / (7 * 86_400_000)) + 1).padStart(2, "0")}`;

export async function figures() {
  const rows = sampleResponses();
  const overall = weightedNps(rows.map((r) => ({ score: r.score, weight: 1 })));

  // Segment scores with their intervals, each market against all other markets, Holm-adjusted.
  const segments = npsBySegment(
    groupScores(rows, (r) => r.market),
    { sortBy: "score" },
  );
  const point = (s, i) => ({ x: i + 1, y: s.score, low: s.lower, high: s.upper });
  const points = segments.map(point);
  const rawOnlyAt = (s) => !s.significant && s.pValue < 0.05;
  const significant = points.filter((_, i) => segments[i].significant);
  const rawOnly = points.filter((_, i) => rawOnlyAt(segments[i]));
  const other = points.filter((_, i) => !segments[i].significant && !rawOnlyAt(segments[i]));
  const rawOnlyNames = segments.filter(rawOnlyAt).map((s) => s.segment);
  const segmentsSvg = lineChart({
    width: 680,
    height: 400,
    title: "NPS by market, with 95 % intervals",
    description:
      "NPS of each market with its adjusted-Wald interval. Orange: differs from all other markets together " +
      `after Holm's adjustment for ${segments.length} comparisons. ` +
      `Yellow: p < 0.05 before the adjustment only (${rawOnlyNames.join(", ") || "none"}). ` +
      `Dashed: the NPS of all responses, ${num(overall.score, 1)}.`,
    xLabel: "market (sorted by NPS)",
    yLabel: "NPS (points)",
    x: {
      min: 0.5,
      max: segments.length + 0.5,
      ticks: segments.map((_, i) => i + 1),
      format: (v) => segments[v - 1].segment,
    },
    series: [
      {
        label: `differs from the rest (Holm-adjusted p < 0.05)`,
        points: significant,
        color: PALETTE[1],
        line: false,
        markers: true,
        errorBars: true,
      },
      {
        label: "p < 0.05 only before adjustment",
        points: rawOnly,
        color: PALETTE[4],
        line: false,
        markers: true,
        errorBars: true,
      },
      {
        label: "no significant difference",
        points: other,
        color: PALETTE[0],
        line: false,
        markers: true,
        errorBars: true,
      },
      {
        label: `all responses: ${num(overall.score, 1)}`,
        points: [
          { x: 0.5, y: overall.score },
          { x: segments.length + 0.5, y: overall.score },
        ],
        color: "#777777",
        dashed: true,
      },
    ],
    legend: "bottom-left",
  });

  // The weekly control chart: each week's NPS against 3-sigma limits for its own sample size.
  const weeks = [...new Set(rows.map(weekOf))].sort();
  const trend = npsTrend(groupScores(rows, weekOf, weeks), { window: 4 });
  const at = (f) => trend.periods.map((p, i) => ({ x: i + 1, y: f(p) }));
  const outside = trend.periods.flatMap((p, i) => (p.outside ? [{ x: i + 1, y: p.score }] : []));
  const rolling = trend.periods.flatMap((p, i) =>
    p.windowScore === undefined ? [] : [{ x: i + 1, y: p.windowScore }],
  );
  const controlSvg = lineChart({
    width: 720,
    height: 420,
    title: "Weekly NPS control chart",
    description:
      "Weekly NPS with p-chart style limits at 3 standard errors of the pooled NPS variance " +
      `around the centre line ${num(trend.centre, 1)}; weeks outside: ${
        trend.periods
          .filter((p) => p.outside)
          .map((p) => p.period)
          .join(", ") || "none"
      }. Dotted: the rolling 4-week NPS from merged counts.`,
    xLabel: "week of 2026",
    y: { min: -60, max: 60, ticks: [-60, -40, -20, 0, 20, 40, 60] },
    yLabel: "NPS (points)",
    x: {
      min: 0,
      max: weeks.length + 1,
      ticks: weeks.map((_, i) => i + 1).filter((w) => w % 2 === 1),
      format: (v) => weeks[v - 1],
    },
    series: [
      { label: "weekly NPS", points: at((p) => p.score), color: PALETTE[0], markers: true },
      { label: "4-week rolling NPS", points: rolling, color: PALETTE[2], dashed: true },
      { label: `centre line ${num(trend.centre, 1)}`, points: at(() => trend.centre), color: "#777777", dashed: true },
      { label: "control limits (3 sigma)", points: at((p) => p.upperLimit), color: PALETTE[1] },
      { points: at((p) => p.lowerLimit), color: PALETTE[1] },
      { label: "outside the limits", points: outside, color: "#CC0000", line: false, markers: true },
    ],
    legend: "bottom-right",
  });

  return {
    "docs/figures/segments-nps-by-market.svg": segmentsSvg,
    "docs/figures/segments-weekly-control-chart.svg": controlSvg,
  };
}

/**
 * The numbers docs/segments-and-trends.md quotes, as the guide writes them: a test checks that
 * the guide still says them.
 */
export function guideNumbers() {
  const csvRows =
    readFileSync(join(root, "examples", "data", "segment-responses.csv"), "utf8")
      .trim()
      .split("\n").length - 1;
  const rows = sampleResponses();
  const overall = weightedNps(rows.map((r) => ({ score: r.score, weight: 1 })));
  const markets = npsBySegment(groupScores(rows, (r) => r.market));
  const market = (name) => markets.find((m) => m.segment === name);
  const weeks = [...new Set(rows.map(weekOf))].sort();
  const trend = npsTrend(groupScores(rows, weekOf, weeks), { window: 4 });
  const week = (label) => trend.periods.find((p) => p.period === label);
  const raked = rake(rows, { plan: { free: 50, pro: 25, enterprise: 25 } });
  const weighted = weightedNps(
    rows.map((r) => r.score),
    { weights: raked.weights },
  );
  const thousands = (n) => n.toLocaleString("en-US");
  return [
    `${thousands(csvRows)} generated NPS responses`,
    `leaves ${thousands(rows.length)} responses, with an NPS of ${overall.score.toFixed(1)}`,
    `Japan (${market("Japan").score.toFixed(1)}) and France (${market("France").score.toFixed(1)})`,
    `Brazil (${market("Brazil").score.toFixed(1)}) has a raw p-value of ${market("Brazil").pValue.toFixed(3)}`,
    `adjusted p-value is ${market("Brazil").adjustedPValue.toFixed(3)}`,
    `${week("W08").responses} responses, scores ${week("W08").score.toFixed(1)}`,
    `(${week("W08").lowerLimit.toFixed(1)} to ${week("W08").upperLimit.toFixed(1)})`,
    `week 17, the incident,\nfalls below its lower limit and is the only week flagged`,
    trend.periods
      .filter((p) => p.outside)
      .map((p) => p.period)
      .join(",") === "W17"
      ? ""
      : "(more than week 17 flagged)",
    `moves the NPS from ${overall.score.toFixed(1)} to ${weighted.score.toFixed(1)}, ` +
      `with a 95 % interval from ${weighted.lower.toFixed(1)} to\n${weighted.upper.toFixed(1)} ` +
      `on an effective sample of ${thousands(Math.round(weighted.effectiveResponses))} ` +
      `of the ${thousands(rows.length)} responses`,
    `// ${thousands(rows.length)} of ${thousands(csvRows)} answers remain`,
  ].filter(Boolean);
}
