import { CxMetricsError } from "../errors.js";
import { fail } from "./fail.js";
import { type Fields, readRecord } from "./readers.js";

/**
 * `readRecord` for an item inside `forEachItem`: the item itself is `""` and an unknown field is
 * named relative to it (`".endAt"`), so that `forEachItem` names it in full
 * (`"customers[3].endAt"`). `readRecord` names an unknown field of `""` as the bare key, which
 * `forEachItem` would leave without its index; this restores the leading dot.
 */
export function readItem(metric: string, item: unknown, known: readonly string[]): Fields {
  try {
    return readRecord(metric, "", item, known);
  } catch (error) {
    if (error instanceof CxMetricsError && error.code === "unknown-field") {
      const { code, expected, received } = error;
      fail({ code, metric, field: `.${error.field}`, expected, received });
    }
    throw error;
  }
}
