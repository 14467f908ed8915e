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
  let index = 0;
  try {
    for (const item of itemsOf(metric, field, input)) {
      visit(item, index);
      index++;
    }
  } catch (error) {
    if (error instanceof CxMetricsError && error.metric === metric && isRelative(error.field)) {
      fail({ ...detailsOf(error), field: `${field}[${index}]${error.field}` });
    }
    throw error;
  }
}

/** A field name relative to an item: empty, `.name` or `[index]`. */
function isRelative(field: string): boolean {
  return field === "" || field.startsWith(".") || field.startsWith("[");
}

function detailsOf(error: CxMetricsError): ConstructorParameters<typeof CxMetricsError>[0] {
  const { code, metric, field, expected, received } = error;
  return { code, metric, field, expected, received };
}
