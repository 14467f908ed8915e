import { rethrowWithin } from "./collections.js";
import { fail } from "./fail.js";
import { readAmount } from "./readers.js";

/** A validated snapshot of MRR by customer id. */
export interface Snapshot {
  /** The customer ids, in the snapshot's order. */
  readonly ids: readonly string[];
  /** The amount of customer `id`, `undefined` when absent. */
  get(id: string): number | undefined;
}

/**
 * Reads a per-customer snapshot named `field`: a `Map` or a plain object (its own enumerable
 * keys) from customer id (a string) to amount (a non-negative finite number, named
 * `field["id"]` when bad).
 */
export function readSnapshot(metric: string, field: string, value: unknown): Snapshot {
  const isMap = value instanceof Map;
  if (!isMap && (typeof value !== "object" || value === null || Array.isArray(value))) {
    fail({ code: "wrong-type", metric, field, expected: "a Map or an object of amounts by customer id", received: value });
  }
  const ids: string[] = [];
  let current = "";
  try {
    for (const [id, amount] of isMap ? value : Object.entries(value as object)) {
      if (typeof id !== "string") {
        fail({ code: "wrong-type", metric, field: `${field} key`, expected: "a customer id string", received: id });
      }
      current = id;
      readAmount(metric, "", amount);
      ids.push(id);
    }
  } catch (error) {
    rethrowWithin(error, metric, () => `${field}[${JSON.stringify(current)}]`);
  }
  const amounts = value as Readonly<Record<string, number>>;
  const get = isMap
    ? (id: string): number | undefined => value.get(id)
    : (id: string): number | undefined => (Object.hasOwn(amounts, id) ? amounts[id] : undefined);
  return { ids, get };
}
