// The figures of docs/lifetime-value.md, drawn from the library's output on the CDNOW sample
// (test/fixtures/cdnow): the BG/NBD probability that a customer is still active over frequency
// and recency, and the cumulative repeat purchases week by week against the BG/NBD forecast.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bgNbdNewCustomerPurchases, bgNbdProbabilityAlive, fitBgNbd, rfmGroups, rfmSummary } from "../../dist/index.js";
import { heatMap, lineChart, num, PALETTE } from "./svg.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DAY = 86_400_000;
const START = Date.UTC(1997, 0, 1);
const iso = (day) => new Date(START + day * DAY).toISOString().slice(0, 10);

/** The 6,919 CDNOW purchases as transactions. */
export function cdnowTransactions() {
  return readFileSync(join(root, "test", "fixtures", "cdnow", "cdnow_sample_transactions.txt"), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [, id, date, , dollars] = line.trim().split(/\s+/);
      return {
        customer: Number(id),
        at: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
        amount: Number(dollars),
      };
    });
}

/** The calibration period of the paper: to 1997-09-30 (day 272 after 1997-01-01), in weeks. */
export const CALIBRATION = { observationEnd: "1997-09-30", unit: "week" };
export const CALIBRATION_WEEKS = 272 / 7;

export async function figures() {
  const transactions = cdnowTransactions();
  const fit = fitBgNbd(rfmGroups(transactions, CALIBRATION));
  const customers = rfmSummary(transactions, CALIBRATION);

  // Probability alive for a customer first seen at the start of the calibration period.
  const frequencies = Array.from({ length: 13 }, (_, i) => i);
  const recencies = Array.from({ length: 13 }, (_, i) => i * 3);
  const age = CALIBRATION_WEEKS;
  const values = frequencies.map((frequency) =>
    recencies.map((recency) =>
      frequency === 0 && recency > 0 ? null : bgNbdProbabilityAlive(fit, { frequency, recency, age }),
    ),
  );
  const counts = frequencies.map((f) => customers.filter((c) => c.frequency === f).length);
  const alive = heatMap({
    title: "Probability that a CDNOW customer is still active (BG/NBD)",
    description: `BG/NBD fitted to the CDNOW calibration period; a customer observed for ${num(age)} weeks`,
    xLabel: "weeks from first to last purchase (recency)",
    yLabel: "repeat purchases (frequency)",
    rows: frequencies.map(String),
    columns: recencies.map(String),
    values,
    min: 0,
    max: 1,
    format: (v) => num(v, 2),
    rowNotes: counts.map(String),
    rowNotesTitle: "customers",
    scaleLabel: "P(active)",
  });

  // Cumulative repeat purchases week by week: the sample, and the model's forecast for the same
  // customers (each from their own first purchase day), fitted on the first 38.86 weeks only.
  const firstDays = new Map();
  for (const c of customers) {
    const day = 272 - Math.round(c.age * 7);
    firstDays.set(day, (firstDays.get(day) ?? 0) + 1);
  }
  const weeks = Array.from({ length: 78 }, (_, i) => i + 1);
  const actual = weeks.map((w) => ({
    x: w,
    y: rfmSummary(transactions, { observationEnd: iso(7 * w - 1), unit: "day" }).reduce((n, c) => n + c.frequency, 0),
  }));
  const forecast = weeks.map((w) => {
    let y = 0;
    for (const [day, count] of firstDays) {
      const periods = Math.max(0, (7 * w - 1 - day) / 7);
      y += count * bgNbdNewCustomerPurchases(fit, { periods });
    }
    return { x: w, y };
  });
  const cumulative = lineChart({
    title: "CDNOW: cumulative repeat purchases, actual and BG/NBD forecast",
    description: "weekly totals of the 2,357 customers; the model is fitted on weeks 1 to 38.86 only",
    xLabel: "week since 1997-01-01",
    yLabel: "cumulative repeat purchases",
    x: { min: 0, max: 78 },
    y: { min: 0 },
    series: [
      { label: "actual", points: actual, color: PALETTE[0] },
      { label: "BG/NBD", points: forecast, color: PALETTE[1], dashed: true },
    ],
    legend: "top-left",
    annotations: [{ x: CALIBRATION_WEEKS, label: "fit | forecast" }],
  });

  return {
    "docs/figures/lifetime-value-probability-alive.svg": alive,
    "docs/figures/lifetime-value-cumulative-purchases.svg": cumulative,
  };
}
