/**
 * Monthly recurring revenue by customer at one moment: a `Map` or a plain object keyed by
 * customer id, each amount a non-negative finite number.
 *
 * @category Revenue
 */
export type MrrByCustomer = ReadonlyMap<string, number> | Readonly<Record<string, number>>;
