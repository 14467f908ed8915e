import { fail } from "./fail.js";
import { readNumber, readRecord } from "./readers.js";

const POSITIVE = { above: 0, noun: "a positive finite number" } as const;

/**
 * Reads the named parameters of a fitted model from `model` (a fit's result or a plain object
 * saved from one; other fields are allowed), each a positive finite number, in the order given.
 */
export function readModel(metric: string, model: unknown, names: readonly string[]): number[] {
  const record = readRecord(metric, "model", model);
  return names.map((name) => readNumber(metric, `model.${name}`, record[name], POSITIVE));
}

/** A non-negative finite number of time units, `options.periods` (required). */
export function readPeriods(metric: string, options: unknown): number {
  const record = readRecord(metric, "options", options, ["periods"]);
  return readNumber(metric, "options.periods", record["periods"], { min: 0, belowCode: "negative" });
}

/**
 * A model's forecast over `periods`, checked finite. When it is not, the model is at fault if its
 * forecast over one period is not finite either (parameters such as `r: 1e308`), and `periods`
 * otherwise; the error names that one, with the value received for it.
 */
export function finiteForecast(
  metric: string,
  value: number,
  overOnePeriod: number,
  model: unknown,
  periods: number,
): number {
  if (Number.isFinite(value)) return value + 0;
  const modelAtFault = !Number.isFinite(overOnePeriod);
  return fail({
    code: "out-of-range",
    metric,
    field: modelAtFault ? "model" : "options.periods",
    expected: modelAtFault ? "parameters for a finite forecast" : "few enough periods for a finite forecast",
    received: modelAtFault ? model : periods,
  });
}
