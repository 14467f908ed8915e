import { describe, expectTypeOf, it } from "vitest";
import { type MrrMovements, mrrMovements, netRevenueRetention, quickRatio } from "../../src/index.js";

describe("movement types", () => {
  it("returns movements, and rates that may be undefined, from them or from named amounts", () => {
    const m = mrrMovements({ previous: new Map([["a", 1]]), current: { a: 2 }, formerCustomers: new Set(["b"]) });
    expectTypeOf(m).toEqualTypeOf<MrrMovements>();
    expectTypeOf(netRevenueRetention(m)).toEqualTypeOf<number | undefined>();
    expectTypeOf(quickRatio(m)).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: customer ids are strings
    mrrMovements({ previous: new Map([[1, 1]]), current: {} });
    // @ts-expect-error: NRR needs the starting MRR
    netRevenueRetention({ expansionMrr: 1, contractionMrr: 0, churnedMrr: 0 });
  });
});
