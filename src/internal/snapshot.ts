import { amount, fail } from "./check.js";


/**
 * Reads a per-customer snapshot, validating every id (a string) and every amount (a
 * non-negative finite number, named as `field[id]`), and returns its ids and a lookup from id to
 * amount (`undefined` when the customer is absent). A plain object is read through its own
 * enumerable keys; a `Map` is used as it is.
 */
export function readSnapshot(
  metric: string,
  field: string,
  value: unknown,
): { ids: string[]; get(id: string): number | undefined } {
  const isMap = value instanceof Map;
  if (!isMap && (typeof value !== "object" || value === null || Array.isArray(value))) {
    fail("wrong-type", metric, field, "a Map or an object of amounts by customer id", value);
  }
  const ids: string[] = [];
  for (const [id, v] of isMap ? value : Object.entries(value as object)) {
    if (typeof id !== "string") fail("wrong-type", metric, `${field} key`, "a customer id string", id);
    amount(metric, `${field}[${JSON.stringify(id)}]`, v);
    ids.push(id);
  }
  const o = value as Readonly<Record<string, number>>;
  return { ids, get: (id) => (isMap ? value.get(id) : Object.hasOwn(o, id) ? o[id] : undefined) };
}
