import { type Fields, readRecord } from "./readers.js";

/**
 * Checks that `value` is a record whose own enumerable keys are all in `known`, without copying
 * it: the caller then reads each known field once, into locals, and validates what it read. On
 * any fault this defers to `readRecord`, so the error (`wrong-type`, or `unknown-field` naming the
 * first unknown key with its suggestion) is exactly the one `readRecord` throws.
 *
 * For hot record loops: `readRecord`'s copy (`Object.keys`, then a fresh object of the known
 * fields) made `mrr` on 1,000,000 subscriptions about 5x a plain loop; this check and locals
 * bring it to 2.3-2.6x (bench/revenue.bench.mjs, `npm run bench`, three runs at load 9-13).
 */
export function checkKnownFields(
  metric: string,
  field: string,
  value: unknown,
  known: readonly string[],
): asserts value is Fields {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    let allKnown = true;
    // `for...in` walks own keys first, then inherited ones; only own keys can be unknown fields.
    for (const key in value) {
      if (!known.includes(key) && Object.hasOwn(value, key)) {
        allKnown = false;
        break;
      }
    }
    if (allKnown) return;
  }
  readRecord(metric, field, value, known);
}
