import { amountPer } from "../internal/rates.js";

/**
 * Revenue and orders over a period.
 *
 * @category Revenue
 */
export interface AverageOrderValueInput {
  /** Revenue from the orders, net of tax and refunds. */
  readonly revenue: number;
  /** Number of orders. */
  readonly orders: number;
}

const METRIC = "averageOrderValue";

/**
 * Computes the average order value (AOV), the "average ticket" that seed document 002 says
 * cross-selling and up-selling raise (S2-CROSSSELL).
 *
 * `averageOrderValue = revenue / orders`.
 *
 * @param input - `{ revenue, orders }`: an amount and a whole number.
 * @returns The average revenue per order, or `undefined` when there were no orders.
 * @throws `CxMetricsError`: `negative`, `not-finite`, `not-a-number` or `wrong-type` for a bad
 *   revenue; the count codes for a bad `orders`.
 *
 * @example
 * averageOrderValue({ revenue: 12500, orders: 250 }); // => 50
 *
 * @category Revenue
 */
export function averageOrderValue(input: AverageOrderValueInput): number | undefined {
  return amountPer(METRIC, input, "revenue", "orders");
}
