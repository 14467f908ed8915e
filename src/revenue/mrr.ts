import { monthlyRecurringRevenue } from "../internal/subscriptions.js";

/**
 * A billing interval of a subscription.
 *
 * @category Revenue
 */
export type BillingInterval = "day" | "week" | "month" | "quarter" | "year";

/**
 * One recurring subscription.
 *
 * @category Revenue
 */
export interface Subscription {
  /** The recurring price per billing period, net of tax, for one unit. */
  readonly amount: number;
  /** The unit of the billing period. */
  readonly interval: BillingInterval;
  /** Billing periods per charge: 6 with `"month"` bills every six months. Default 1. */
  readonly intervalCount?: number;
  /** Units (seats, licences), a whole number. Default 1. */
  readonly quantity?: number;
  /** A recurring discount in percent, 0 to 100. Default 0. */
  readonly discountPercent?: number;
  /** The customer's id: `mrrByCustomer` groups by it; `mrr` and `arr` accept and ignore it. */
  readonly customer?: string;
}

/**
 * MRR from a count of paying customers and their average monthly spend.
 *
 * @category Revenue
 */
export interface MrrFromAverageInput {
  /** Paying customers. */
  readonly customers: number;
  /** Average recurring revenue per paying customer per month, net of tax. */
  readonly averageMonthlyRevenue: number;
}

const METRIC = "mrr";

/**
 * Computes monthly recurring revenue (MRR): the recurring revenue of a month, normalised from
 * every billing interval.
 *
 * Two forms. From an average (seed document 004, S4-MRR, where it is misspelt "MMR"):
 * `mrr = customers * averageMonthlyRevenue`. From subscriptions: the sum of each subscription's
 * monthly amount, `amount * quantity * (1 - discountPercent / 100) * periodsPerYear /
 * (12 * intervalCount)`, with 365 days, 52 weeks, 12 months, 4 quarters or 1 year per year (the
 * normalisation ChartMogul and Baremetrics document: a yearly plan counts one twelfth a month, a
 * quarterly one a third, a weekly one 52/12, a daily one 365/12). Amounts are recurring and net
 * of tax; one-off charges do not belong in MRR. Each subscription's amount is computed by
 * multiplying first and dividing once, and the sum is compensated (Neumaier), so the order of
 * subscriptions changes the result by the last bit at most; with amounts in minor units (cents)
 * a yearly plan of 12x gives exactly the MRR of a monthly plan of x.
 *
 * @param input - Subscriptions (any array or iterable), or `{ customers, averageMonthlyRevenue }`.
 * @returns MRR in the currency of the amounts; `0` for no subscriptions.
 * @throws `CxMetricsError`: for subscription `i`, field `subscriptions[i].amount` etc.:
 *   `negative` or `not-finite` amounts, `out-of-range` for an unknown `interval` or a discount
 *   outside 0 to 100, `not-integer` for a fractional quantity or interval count (which must be at
 *   least 1); for the average form, the usual count and amount codes.
 *
 * @example
 * mrr({ customers: 40, averageMonthlyRevenue: 25 }); // => 1000
 * mrr([
 *   { amount: 30, interval: "month" },
 *   { amount: 1200, interval: "year" },
 *   { amount: 90, interval: "quarter", quantity: 2, discountPercent: 50 },
 * ]); // => 160
 *
 * @category Revenue
 */
export function mrr(input: Iterable<Subscription> | MrrFromAverageInput): number {
  return monthlyRecurringRevenue(METRIC, input);
}
