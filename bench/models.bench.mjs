// BG/NBD and Pareto/NBD fits of the CDNOW calibration summary (2,357 customers,
// test/fixtures/cdnow/), from the built package. Prints the median and the fastest of several
// runs in milliseconds per fit. Issue #16's targets: BG/NBD under 20 ms, Pareto/NBD under 200 ms.
//
// Run: npm run build && node bench/models.bench.mjs  (BENCH_RUNS sets the number of runs, default 15)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// The built package by path: bench/ has its own package.json, so the self-reference would not resolve.
import { fitBgNbd, fitParetoNbd } from "../dist/index.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const csv = readFileSync(fileURLToPath(new URL("../test/fixtures/cdnow/cdnow_summary.csv", import.meta.url)), "utf8");
const rows = csv
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [, x, tx, T] = line.split(",").map(Number);
    return { frequency: x, recency: tx, age: T };
  });

function measure(name, fit, target) {
  fit(rows); // warm-up: compile before timing
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = fit(rows);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${name}: median ${median.toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms per fit over ${RUNS} runs ` +
      `(target < ${target} ms; ${result.iterations} iterations, converged ${result.converged}, ` +
      `LL ${result.logLikelihood.toFixed(1)})`,
  );
}

measure("fitBgNbd", fitBgNbd, 20);
measure("fitParetoNbd", fitParetoNbd, 200);
