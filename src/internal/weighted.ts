import { forEachItem } from "./collections.js";
import { fail } from "./fail.js";
import { type NumberRule, readAmount, readNumber, readRecord } from "./readers.js";

/**
 * Calls `visit(value, weight)` for each weighted response, read in one of two forms: values with
 * a parallel array of weights (`weights` given; values named `<name>[i]`, weights
 * `options.weights[i]`, and both of the same length), or records `{ [key]: value, weight }`
 * (named `responses[i].<key>` and `responses[i].weight`). Values must keep `rule`; weights are
 * non-negative finite numbers. Returns the number of responses.
 */
export function forEachWeighted(
  metric: string,
  input: unknown,
  weights: unknown,
  key: string,
  name: string,
  rule: NumberRule,
  visit: (value: number, weight: number) => void,
): number {
  let n = 0;
  if (weights === undefined) {
    forEachItem(metric, "responses", input, (item) => {
      if (typeof item === "number") {
        // A plain value needs its weight in options.weights, which is absent.
        fail({
          code: "inconsistent",
          metric,
          field: "",
          expected: `a { ${key}, weight } record, as options.weights is absent`,
          received: item,
        });
      }
      const r = readRecord(metric, "", item, [key, "weight"]);
      visit(readNumber(metric, `.${key}`, r[key], rule), readAmount(metric, ".weight", r["weight"]));
      n++;
    });
    return n;
  }
  const length = typeof weights === "object" && weights !== null ? (weights as { length?: unknown }).length : undefined;
  if (typeof length !== "number")
    fail({ code: "wrong-type", metric, field: "options.weights", expected: "an array of weights", received: weights });
  const w = weights as ArrayLike<unknown>;
  forEachItem(metric, name, input, (item, i) => {
    if (i >= length)
      fail({
        code: "inconsistent",
        metric,
        field: name,
        expected: `one response per weight of options.weights (${length})`,
        received: input,
      });
    visit(readNumber(metric, "", item, rule), readAmount(metric, `options.weights[${i}]`, w[i]));
    n++;
  });
  if (n !== length)
    fail({
      code: "inconsistent",
      metric,
      field: name,
      expected: `one response per weight of options.weights (${length})`,
      received: input,
    });
  return n;
}

/**
 * Kish's effective sample size, `(sum w)^2 / sum w^2`, accumulated one weight at a time with the
 * squares kept relative to the largest weight so far: neither the smallest positive weights
 * (whose squares underflow to 0) nor the largest (whose squares overflow) leave it without a value.
 */
export class EffectiveSize {
  private largest = 0;
  private total = 0;
  /** The sum of w^2, which gives the exact textbook value when it neither underflows nor overflows. */
  private plainSquares = 0;
  /** The sum of (w / largest)^2. */
  private squares = 0;

  add(weight: number): void {
    this.plainSquares += weight * weight;
    if (weight > this.largest) {
      const ratio = this.largest / weight;
      this.squares *= ratio * ratio;
      this.largest = weight;
    }
    if (weight > 0) {
      const scaled = weight / this.largest;
      this.squares += scaled * scaled;
    }
    this.total += weight;
  }

  /** The effective sample size, for weights with a positive total. */
  value(): number {
    const plain = (this.total * this.total) / this.plainSquares;
    if (Number.isFinite(plain) && plain > 0) return plain;
    const scaledTotal = this.total / this.largest;
    return (scaledTotal * scaledTotal) / this.squares;
  }
}

/**
 * `100 * part / total` for sums of weights, divided once (exact for whole weights, as the
 * unweighted functions are for counts); as `100 * (part / total)` when `100 * part` would overflow.
 */
export function percentOfWeights(part: number, total: number): number {
  const percent = (100 * part) / total;
  return Number.isFinite(percent) ? percent + 0 : 100 * (part / total) + 0;
}
