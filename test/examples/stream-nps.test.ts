import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeNps } from "../../src/index.js";

// The example imports the built package by name, as an app would (npm test builds first).
const { npsFromLines, npsFromPages } = await import("../../examples/stream-nps.mjs");

const dir = mkdtempSync(join(tmpdir(), "cx-metrics-stream-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scores = Array.from({ length: 25_003 }, (_, i) => (i * 7 + (i % 13)) % 11);

describe("streaming NPS (examples/stream-nps.mjs)", () => {
  it("gives the same NPS from lines of a file read in chunks as from the whole array", async () => {
    const file = join(dir, "scores.txt");
    writeFileSync(file, `${scores.join("\n")}\n`);
    expect(await npsFromLines(file, 1000)).toStrictEqual(computeNps(scores));
    expect(await npsFromLines(file)).toStrictEqual(computeNps(scores));
  });

  it("gives the same NPS from async pages as from the whole array", async () => {
    async function* pages(): AsyncGenerator<number[]> {
      for (let i = 0; i < scores.length; i += 977) {
        await Promise.resolve();
        yield scores.slice(i, i + 977);
      }
    }
    expect(await npsFromPages(pages())).toStrictEqual(computeNps(scores));
  });

  it("still rejects a bad score inside a stream", async () => {
    const file = join(dir, "bad.txt");
    writeFileSync(file, "10\n9\nten\n");
    await expect(npsFromLines(file)).rejects.toMatchObject({ code: "not-a-number", metric: "tally" });
  });
});
