import { CxMetricsError } from "../errors.js";
import { fail } from "./fail.js";
import { type Fields, readRecord } from "./readers.js";

/**
 * An item of a collection read by `forEachItem`, as a record of `known` fields. `readRecord` names
 * an unknown field of an item read with field `""` without the leading dot (`"amuont"`), which
 * `forEachItem` then does not recognise as relative; the dot is added here until the reader does
 * it itself (reported to the lead), so the error names `transactions[3].amuont`.
 */
export function readItem(metric: string, item: unknown, known: readonly string[]): Fields {
  try {
    return readRecord(metric, "", item, known);
  } catch (error) {
    if (error instanceof CxMetricsError && error.code === "unknown-field" && !error.field.startsWith(".")) {
      fail({ code: error.code, metric, field: `.${error.field}`, expected: error.expected, received: error.received });
    }
    throw error;
  }
}
