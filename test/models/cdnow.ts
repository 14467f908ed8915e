import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The CDNOW calibration summary (test/fixtures/cdnow/README.md) as purchase histories in weeks. */
export function cdnowHistories(): { frequency: number; recency: number; age: number }[] {
  const text = readFileSync(join(import.meta.dirname, "..", "fixtures", "cdnow", "cdnow_summary.csv"), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [, x, tx, T] = line.split(",").map(Number);
      return { frequency: x!, recency: tx!, age: T! };
    });
}

export const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);
