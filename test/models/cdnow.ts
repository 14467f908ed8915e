// Reads the CDNOW fixtures (test/fixtures/cdnow, source in its README) for the model tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RfmTransaction } from "../../src/index.js";

const dir = join(import.meta.dirname, "..", "fixtures", "cdnow");

/** The 6,919 CDNOW purchases as transactions: sample id, ISO day, dollar value. */
export function cdnowTransactions(): RfmTransaction[] {
  return readFileSync(join(dir, "cdnow_sample_transactions.txt"), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [, id, date, , dollars] = line.trim().split(/\s+/);
      const at = `${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)}`;
      return { customer: Number(id), at, amount: Number(dollars) };
    });
}

/** The published calibration summary: id, x, t_x, T, zbar (weeks, to 1997-09-30). */
export interface CdnowSummaryRow {
  id: number;
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

export function cdnowSummary(): CdnowSummaryRow[] {
  return readFileSync(join(dir, "cdnow_summary.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(",").map(Number);
      return { id: id!, x: x!, tx: tx!, T: T!, zbar: zbar! };
    });
}

/** The donation data of the BG/BB paper (test/fixtures/donations, source in its README), grouped. */
export function donations(): { frequency: number; recency: number; periods: number; count: number }[] {
  return readFileSync(join(dir, "..", "donations", "donations.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [frequency, recency, periods, count] = line.split(",").map(Number);
      return { frequency: frequency!, recency: recency!, periods: periods!, count: count! };
    });
}

/** The CDNOW calibration summary (test/fixtures/cdnow/README.md) as purchase histories in weeks. */
export function cdnowHistories(): { frequency: number; recency: number; age: number }[] {
  return cdnowSummary().map((r) => ({ frequency: r.x, recency: r.tx, age: r.T }));
}

export const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);
