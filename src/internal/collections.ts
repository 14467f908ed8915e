import { CxMetricsError } from "../errors.js";
import { fail } from "./fail.js";

/**
 * The items of a collection of records (subscriptions, components, rows, tallies): any iterable
 * object, read by iteration (arrays, sets, generators); anything else throws `wrong-type`.
 */
export function itemsOf(metric: string, field: string, input: unknown): Iterable<unknown> {
  if (typeof input !== "object" || input === null || !(Symbol.iterator in input)) {
    fail({ code: "wrong-type", metric, field, expected: "an array or iterable", received: input });
  }
  return input as Iterable<unknown>;
}

/**
 * Calls `visit(item, index)` for each item of the collection `field`, in order. Inside `visit`,
 * readers name an item's fields relative to the item (`".amount"`, or `""` for the item itself);
 * a `CxMetricsError` thrown so is rethrown with the full name (`"subscriptions[3].amount"`). The
 * name is built only when something fails, so valid records cost no string work.
 */
export function forEachItem(
  metric: string,
  field: string,
  input: unknown,
  visit: (item: unknown, index: number) => void,
): void {
  const items = itemsOf(metric, field, input);
  let index = 0;
  try {
    for (const item of items) {
      visit(item, index);
      index++;
    }
  } catch (error) {
    rethrowWithin(error, metric, () => `${field}[${index}]`);
  }
}

/**
 * Rethrows `error`. A `CxMetricsError` of `metric` whose field is relative (empty, `.name` or
 * `[index]`) is rethrown with `container()` in front of its field; anything else (the caller's
 * own exceptions, errors already named in full) passes through unchanged.
 */
export function rethrowWithin(error: unknown, metric: string, container: () => string): never {
  if (error instanceof CxMetricsError && error.metric === metric && isRelative(error.field)) {
    const { code, field, expected, received } = error;
    fail({ code, metric, field: container() + field, expected, received });
  }
  throw error;
}

function isRelative(field: string): boolean {
  return field === "" || field.startsWith(".") || field.startsWith("[");
}
