import { bgNbdConditional } from "./bgNbd.js";
import { readHistory } from "./customerHistories.js";
import { fail } from "./fail.js";
import { readNumber, readOptions, readPercent, readRecord } from "./readers.js";
import { finiteResult } from "./results.js";

/** What a lifetime value needs besides the customer, read and checked. */
export interface ValueSetting {
  /** r, α, a, b of the BG/NBD model. */
  readonly purchases: readonly number[];
  /** p, q, γ of the Gamma-Gamma model. */
  readonly spend: readonly [number, number, number];
  readonly periods: number;
  readonly periodLength: number;
  /** 1 + discountPercent / 100. */
  readonly growth: number;
  /** marginPercent / 100. */
  readonly margin: number;
}

const PERIODS = { min: 0, max: 100_000, integer: true, noun: "a whole number", belowCode: "negative" } as const;

/**
 * Reads `models` (`{ bgNbd, gammaGamma }`) and `options`
 * (`{ periods, discountPercent, marginPercent, periodLength? }`).
 */
export function readValueSetting(metric: string, models: unknown, options: unknown): ValueSetting {
  if (options === undefined)
    fail({ code: "wrong-type", metric, field: "options", expected: "an object with named fields", received: options });
  const o = readOptions(metric, options, ["periods", "discountPercent", "marginPercent", "periodLength"]);
  const periods = readNumber(metric, "options.periods", o["periods"], PERIODS);
  const discountPercent = readNumber(metric, "options.discountPercent", o["discountPercent"], {
    min: 0,
    belowCode: "negative",
  });
  const margin = readPercent(metric, "options.marginPercent", o["marginPercent"]) / 100;
  const periodLength =
    o["periodLength"] === undefined ? 1 : readNumber(metric, "options.periodLength", o["periodLength"], { above: 0 });
  const m = readRecord(metric, "models", models, ["bgNbd", "gammaGamma"]);
  const purchases = readParameters(metric, "models.bgNbd", m["bgNbd"], ["r", "alpha", "a", "b"]);
  const spend = readParameters(metric, "models.gammaGamma", m["gammaGamma"], ["p", "q", "gamma"]) as [
    number,
    number,
    number,
  ];
  if (spend[1] <= 1) {
    fail({
      code: "out-of-range",
      metric,
      field: "models.gammaGamma.q",
      expected: "a number above 1",
      received: spend[1],
    });
  }
  return { purchases, spend, periods, periodLength, growth: 1 + discountPercent / 100, margin };
}

/** The named positive parameters of the model at `field` (other fields allowed, so fits work). */
function readParameters(metric: string, field: string, value: unknown, names: readonly string[]): number[] {
  const record = readRecord(metric, field, value);
  return names.map((name) =>
    readNumber(metric, `${field}.${name}`, record[name], { above: 0, noun: "a positive finite number" }),
  );
}

/**
 * Σ_{k=1}^{K} (E[X(T, T + kL)] − E[X(T, T + (k−1)L)]) / (1 + d)^k: the customer's expected
 * purchases in each of the K coming periods of length L, discounted to today at the end of
 * their period, from the BG/NBD conditional expectation.
 */
export function discountedPurchases(s: ValueSetting, x: number, tx: number, age: number): number {
  let previous = 0;
  let factor = 1;
  let sum = 0;
  for (let k = 1; k <= s.periods; k++) {
    const cumulative = bgNbdConditional(s.purchases, x, tx, age, k * s.periodLength);
    factor /= s.growth;
    sum += (cumulative - previous) * factor;
    previous = cumulative;
  }
  return sum;
}

/** The Gamma-Gamma expected value per purchase, p (γ + x z̄) / (px + q − 1). */
export function expectedSpend(s: ValueSetting, x: number, z: number): number {
  const [p, q, g] = s.spend;
  // A weight times each term, so the product cannot overflow where the result does not.
  const weight = p / (p * x + q - 1);
  return weight * g + weight * x * z;
}

/** A customer's history and mean spend, named relative to `field`. */
export function readValuedCustomer(
  metric: string,
  field: string,
  value: unknown,
): { x: number; tx: number; age: number; z: number } {
  const { frequency: x, recency: tx, age, monetaryValue } = readHistory(metric, field, value);
  const z = x === 0 ? 0 : readNumber(metric, `${field}.monetaryValue`, monetaryValue, { above: 0 });
  return { x, tx, age, z };
}

/**
 * A customer's value from their discounted expected purchases: purchases x expected spend x
 * margin, checked finite. What overflows is named: the purchase model (`models.bgNbd`) when the
 * purchases do not come out finite, the spend model (`models.gammaGamma`) when its own part of the
 * spend does not, and else the customer's mean spend (`field.monetaryValue`).
 */
export function customerValue(
  metric: string,
  field: string,
  setting: ValueSetting,
  models: unknown,
  purchases: number,
  x: number,
  z: number,
): number {
  const blame = (name: "bgNbd" | "gammaGamma"): never =>
    fail({
      code: "out-of-range",
      metric,
      field: `models.${name}`,
      expected: "parameters for a finite value",
      received: (models as Readonly<Record<string, unknown>>)[name],
    });
  if (!Number.isFinite(purchases)) blame("bgNbd");
  const [p, q, g] = setting.spend;
  if (!Number.isFinite((p / (p * x + q - 1)) * g)) blame("gammaGamma");
  return finiteResult(metric, `${field}.monetaryValue`, purchases * expectedSpend(setting, x, z) * setting.margin, z);
}
