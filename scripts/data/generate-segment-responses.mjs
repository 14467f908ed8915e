// Writes examples/data/segment-responses.csv: about 4,000 generated NPS responses over 26 weeks,
// with a respondent id, the day of the answer, the customer's market and plan, and the 0-10 score.
// Seeded, so running it again writes the same bytes: `node scripts/data/generate-segment-responses.mjs`.
//
// What the data holds, so the guide has something to find:
// - 8 markets; Japan scores clearly higher, France clearly lower, Brazil a little lower (a
//   difference that looks significant alone but not once the p-values are adjusted);
// - enterprise customers score higher and answer less often (10 % of responses, 25 % of
//   customers), so weighting moves the score;
// - week 17 has an incident (more detractors), week 8 a holiday (a third of the usual responses);
// - about 4 % of answers are a customer's second answer in the same week.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(18);
const pick = (weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = random() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
};

const MARKETS = ["UK", "Germany", "France", "US", "Canada", "Brazil", "Japan", "Australia"];
const MARKET_WEIGHTS = [14, 14, 12, 22, 9, 10, 10, 9];
/** Shift of the promoter share (and opposite shift of the detractor share) by market. */
const MARKET_EFFECT = {
  UK: 0,
  Germany: 0.01,
  France: -0.12,
  US: 0.02,
  Canada: 0,
  Brazil: -0.03,
  Japan: 0.14,
  Australia: 0.01,
};
const PLANS = ["free", "pro", "enterprise"];
const PLAN_WEIGHTS = [55, 35, 10];
const PLAN_EFFECT = { free: -0.04, pro: 0.02, enterprise: 0.12 };
const CUSTOMERS = 2500;
const WEEKS = 26;
const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const DAY = 86_400_000;

/** Each customer's market and plan, fixed. */
const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({
  id: `C${String(i + 1).padStart(4, "0")}`,
  market: MARKETS[pick(MARKET_WEIGHTS)],
  plan: PLANS[pick(PLAN_WEIGHTS)],
}));

function score(customer, week) {
  const shift = MARKET_EFFECT[customer.market] + PLAN_EFFECT[customer.plan] + (week === 17 ? -0.2 : 0);
  const promoter = 0.42 + shift;
  const detractor = 0.26 - shift;
  const u = random();
  if (u < promoter) return 9 + Math.floor(random() * 2);
  if (u < promoter + detractor) return Math.floor(random() * 7);
  return 7 + Math.floor(random() * 2);
}

const rows = ["respondentId,answeredAt,market,plan,score"];
for (let week = 1; week <= WEEKS; week++) {
  const responses = Math.round((week === 8 ? 50 : 150) + (random() - 0.5) * 30);
  for (let r = 0; r < responses; r++) {
    const customer = customers[Math.floor(random() * CUSTOMERS)];
    const day = new Date(FIRST_MONDAY + ((week - 1) * 7 + Math.floor(random() * 7)) * DAY).toISOString().slice(0, 10);
    rows.push(`${customer.id},${day},${customer.market},${customer.plan},${score(customer, week)}`);
    if (random() < 0.04) {
      const later = new Date(Date.parse(day) + Math.floor(random() * 2) * DAY);
      const sameWeek = Math.floor((later.getTime() - FIRST_MONDAY) / (7 * DAY)) === week - 1;
      if (sameWeek)
        rows.push(
          `${customer.id},${later.toISOString().slice(0, 10)},` +
            `${customer.market},${customer.plan},${score(customer, week)}`,
        );
    }
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
writeFileSync(join(root, "examples", "data", "segment-responses.csv"), `${rows.join("\n")}\n`);
console.log(`wrote examples/data/segment-responses.csv: ${rows.length - 1} responses`);
