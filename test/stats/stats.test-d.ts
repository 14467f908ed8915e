import { describe, expectTypeOf, it } from "vitest";
import {
  compareNps,
  type NpsComparison,
  type NpsIntervalResult,
  npsInterval,
  npsSampleSize,
  type ProportionInterval,
  proportionInterval,
} from "../../src/index.js";

describe("statistics types", () => {
  it("returns undefined where there may be no data, and takes computeNps's inputs", () => {
    expectTypeOf(npsInterval([9, 10])).toEqualTypeOf<NpsIntervalResult | undefined>();
    expectTypeOf(npsInterval({ promoters: 1, passives: 0, detractors: 0 })).toEqualTypeOf<
      NpsIntervalResult | undefined
    >();
    expectTypeOf(compareNps([9], new Uint8Array([10]))).toEqualTypeOf<NpsComparison | undefined>();
    expectTypeOf(proportionInterval({ successes: 1, trials: 2 })).toEqualTypeOf<ProportionInterval | undefined>();
    expectTypeOf(npsSampleSize({ marginOfError: 5 })).toEqualTypeOf<number>();
    expectTypeOf<NpsComparison["z"]>().toEqualTypeOf<number>();
    expectTypeOf<NpsComparison<number | undefined>["z"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf(npsInterval([9], { method: "wald" })?.lower).toEqualTypeOf<number | undefined>();
    expectTypeOf(npsInterval([9], { method: "adjusted-wald" })?.lower).toEqualTypeOf<number | undefined>();
    expectTypeOf(npsInterval([9], { confidence: 0.9 })!.lower).toEqualTypeOf<number>();
  });

  it("rejects unknown methods and misspelt fields", () => {
    // @ts-expect-error: not a method
    npsInterval([9], { method: "bootstrap" });
    // @ts-expect-error: misspelt field
    proportionInterval({ success: 1, trials: 2 });
    // @ts-expect-error: the margin is required
    npsSampleSize({ confidence: 0.9 });
  });
});
