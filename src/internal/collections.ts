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

/** The iteration method of an iterable object, checked to be a function. */
function iteratorMethodOf(metric: string, field: string, items: Iterable<unknown>): () => unknown {
  const method: unknown = items[Symbol.iterator];
  if (typeof method !== "function") {
    fail({
      code: "wrong-type",
      metric,
      field,
      expected: "an iterable whose Symbol.iterator is a function",
      received: items,
    });
  }
  return method as () => unknown;
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
    if (Array.isArray(items)) {
      // Arrays by index: each element read once, holes read as `undefined`.
      for (; index < items.length; index++) visit(items[index], index);
    } else {
      forEachValue(metric, field, items, (item) => {
        visit(item, index);
        index++;
      });
    }
  } catch (error) {
    rethrowWithin(error, metric, () => `${field}[${index}]`);
  }
}

/**
 * Drives the iterator of `items` by hand, so that an object whose `Symbol.iterator` does not
 * return an iterator (or whose iterator's `next` returns something other than a result object)
 * is a `wrong-type` error naming `field` rather than a `TypeError`. Exceptions thrown by the
 * caller's own iterator pass through unchanged.
 */
export function forEachValue(
  metric: string,
  field: string,
  items: Iterable<unknown>,
  visit: (value: unknown) => void,
): void {
  // The error names the iterable received; what its iterator returned is described in `expected`.
  const notIterator = (what: string): never =>
    fail({
      code: "wrong-type",
      metric,
      field,
      expected: `an iterable whose iterator follows the iteration protocol (${what})`,
      received: items,
    });
  const iterator: unknown = iteratorMethodOf(metric, field, items).call(items);
  if (typeof iterator !== "object" || iterator === null) notIterator("its iterator is not an object");
  const next: unknown = (iterator as Iterator<unknown>).next;
  if (typeof next !== "function") notIterator("its iterator has no next method");
  for (;;) {
    const step: unknown = (next as () => unknown).call(iterator);
    if (typeof step !== "object" || step === null) notIterator("next returned something other than an object");
    if ((step as IteratorResult<unknown>).done) return;
    try {
      visit((step as IteratorResult<unknown>).value);
    } catch (error) {
      // As `for...of` does: let the iterator clean up (a generator's `finally`), then rethrow.
      closeQuietly(iterator as Iterator<unknown>);
      throw error;
    }
  }
}

/** Calls an iterator's `return`, if it has one; its own failure must not hide the first error. */
function closeQuietly(iterator: Iterator<unknown>): void {
  try {
    iterator.return?.();
  } catch {
    // The error that stopped the iteration is the one to report.
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
