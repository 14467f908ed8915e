// NPS over data that never sits in one array: lines of a file read with node:readline, or pages
// from a survey API. Each chunk is tallied (a fixed 11-number histogram) and merged into the
// running tally, so memory stays constant however many answers stream past.
//
// Run it with `node examples/stream-nps.mjs` after `npm run build`.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { computeNps, mergeTallies, tally } from "cx-metrics";

/** NPS of a file with one 0-10 score per line, read in chunks of `chunkSize` lines. */
export async function npsFromLines(path, chunkSize = 10_000) {
  let total = tally([]);
  let chunk = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line === "") continue;
    chunk.push(Number(line));
    if (chunk.length === chunkSize) {
      total = mergeTallies([total, tally(chunk)]);
      chunk = [];
    }
  }
  return computeNps(mergeTallies([total, tally(chunk)]));
}

/** NPS over an async source of pages (each an array of scores), such as a paginated API. */
export async function npsFromPages(pages) {
  let total = tally([]);
  for await (const page of pages) total = mergeTallies([total, tally(page)]);
  return computeNps(total);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = mkdtempSync(join(tmpdir(), "cx-metrics-stream-"));
  const file = join(dir, "scores.txt");
  const out = createWriteStream(file);
  let seed = 42;
  for (let i = 0; i < 1_000_000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out.write(`${seed % 11}\n`);
  }
  await new Promise((resolve) => out.end(resolve));
  const nps = await npsFromLines(file);
  console.log(
    `NPS of 1,000,000 streamed scores: ${nps.score.toFixed(2)} ` +
      `(${nps.responses} responses, read 10,000 lines at a time)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
