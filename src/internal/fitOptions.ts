import { readNumber, readOptions } from "./readers.js";

/** `options.maxIterations` of a fit, a whole number of at least 1 (default 200). */
export function readMaxIterations(metric: string, options: unknown): number {
  const read = readOptions(metric, options, ["maxIterations"]);
  return read["maxIterations"] === undefined
    ? 200
    : readNumber(metric, "options.maxIterations", read["maxIterations"], {
        min: 1,
        integer: true,
        noun: "a whole number",
      });
}
