// Writes examples/data/subscription-customers.csv: 22 monthly cohorts of subscribers (2025-01 to
// 2026-10), observed on 2026-11-01, drawn from a shifted-beta-geometric population so that the
// guide and the demo have realistic cohort tables. Deterministic: a fixed linear congruential
// generator, so running it again writes the same file. Run with `node scripts/generate-retention-sample.mjs`.
import { writeFileSync } from "node:fs";

const AS_OF = Date.UTC(2026, 10, 1);
const ALPHA = 0.9; // each customer's monthly churn probability ~ beta(0.9, 3.5): mean 20 %
const BETA = 3.5;

let seed = 20261101;
/** A uniform number in (0, 1) from a linear congruential generator (Numerical Recipes' constants). */
function uniform() {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return (seed + 0.5) / 2 ** 32;
}

/** A beta(a, b) draw by Jöhnk's algorithm (1964): X = U^(1/a), Y = V^(1/b), kept when X + Y <= 1. */
function beta(a, b) {
  for (;;) {
    const x = uniform() ** (1 / a);
    const y = uniform() ** (1 / b);
    if (x + y <= 1) return x / (x + y);
  }
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const lines = ["customer_id,started_on,ended_on"];
let id = 0;
for (let month = 0; month < 22; month++) {
  const year = 2025 + Math.floor(month / 12);
  const size = 80 + Math.floor(uniform() * 80);
  for (let i = 0; i < size; i++) {
    const day = 1 + Math.floor(uniform() * 28);
    const churn = beta(ALPHA, BETA);
    let ended = "";
    // Renewals on the same day of each later month; the customer churns at a renewal with probability `churn`.
    for (let k = 1; ; k++) {
      const renewal = Date.UTC(year, (month % 12) + k, day);
      if (renewal > AS_OF) break;
      if (uniform() < churn) {
        ended = iso(renewal);
        break;
      }
    }
    id++;
    lines.push(`S${String(id).padStart(4, "0")},${iso(Date.UTC(year, month % 12, day))},${ended}`);
  }
}
writeFileSync(new URL("../examples/data/subscription-customers.csv", import.meta.url), `${lines.join("\n")}\n`);
console.log(`wrote examples/data/subscription-customers.csv (${lines.length - 1} customers)`);
