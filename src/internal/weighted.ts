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
        field: "options.weights.length",
        expected: `one weight per response (more than ${length})`,
        received: length,
      });
    visit(readNumber(metric, "", item, rule), readAmount(metric, `options.weights[${i}]`, w[i]));
    n++;
  });
  if (n !== length)
    fail({
      code: "inconsistent",
      metric,
      field: "options.weights.length",
      expected: `one weight per response (${n})`,
      received: length,
    });
  return n;
}
