import type { NpsResult } from "../src/index.js";

/** NPS of a file with one 0-10 score per line, read in chunks of `chunkSize` lines. */
export function npsFromLines(path: string, chunkSize?: number): Promise<NpsResult | undefined>;
/** NPS over an async source of pages (each an array of scores). */
export function npsFromPages(pages: AsyncIterable<readonly number[]>): Promise<NpsResult | undefined>;
