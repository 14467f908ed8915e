import { amountPer } from "../internal/rates.js";

/**
 * What a period's retention effort cost, and how many customers it served.
 *
 * @category Revenue
 */
export interface CrcInput {
  /**
   * Everything spent to retain customers in the period: customer-success payroll, CRM and
   * messaging software, events, training.
   */
  readonly retentionCosts: number;
  /** Customers retained (or served) in the period. */
  readonly customers: number;
}

const METRIC = "crc";

/**
 * Computes the customer retention cost (CRC): what keeping one customer cost over a period.
 *
 * `crc = retentionCosts / customers` (seed document 004, S4-CRC). Seed 004 then says that a
 * retention cost above MRR means losing money (S4-CRC-CMP); that compares a cost per customer
 * with a company-wide monthly total. Compare it with the revenue of one customer over the same
 * period instead: for a quarter's CRC, three months of ARPU (or of gross margin per customer).
 *
 * @param input - `{ retentionCosts, customers }`: an amount and a whole number.
 * @returns The cost per customer, or `undefined` when there were no customers.
 * @throws `CxMetricsError`: `negative`, `not-finite`, `not-a-number` or `wrong-type` for a bad
 *   cost; the count codes for a bad `customers`.
 *
 * @example
 * crc({ retentionCosts: 45000, customers: 300 }); // => 150
 * crc({ retentionCosts: 0, customers: 0 }); // => undefined
 *
 * @category Revenue
 */
export function crc(input: CrcInput): number | undefined {
  return amountPer(METRIC, input, "retentionCosts", "customers");
}
