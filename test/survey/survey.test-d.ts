import { describe, expectTypeOf, it } from "vitest";
import {
  type CesResult,
  type CxMetricsError,
  type CxMetricsErrorCode,
  ces,
  computeNps,
  csat,
  type NpsResult,
  responseRate,
} from "../../src/index.js";

describe("survey metric types", () => {
  it("computeNps returns NpsResult or undefined, from scores of any collection or counts", () => {
    expectTypeOf(computeNps([9, 10])).toEqualTypeOf<NpsResult | undefined>();
    expectTypeOf(computeNps(new Uint8Array([9]))).toEqualTypeOf<NpsResult | undefined>();
    expectTypeOf(computeNps(new Set([9]))).toEqualTypeOf<NpsResult | undefined>();
    expectTypeOf(computeNps({ promoters: 1, passives: 0, detractors: 0 })).toEqualTypeOf<NpsResult | undefined>();
    expectTypeOf<NpsResult["score"]>().toEqualTypeOf<number>();
  });

  it("computeNps rejects misspelt, missing and mistyped fields", () => {
    // @ts-expect-error: misspelt field
    computeNps({ promoter: 1, passives: 0, detractors: 0 });
    // @ts-expect-error: missing field
    computeNps({ promoters: 1, passives: 0 });
    // @ts-expect-error: strings are not scores
    computeNps(["9"]);
  });

  it("csat returns a number or undefined, and takes options only with raw ratings", () => {
    expectTypeOf(csat([5, 4])).toEqualTypeOf<number | undefined>();
    expectTypeOf(csat({ satisfied: 1, responses: 2 })).toEqualTypeOf<number | undefined>();
    csat([5], { scale: { min: 1, max: 7 }, satisfiedAtLeast: 6 });
    // @ts-expect-error: misspelt option
    csat([5], { satisfiedAtleast: 4 });
    // @ts-expect-error: misspelt count field
    csat({ satisfed: 1, responses: 2 });
  });

  it("ces returns CesResult or undefined, whose direction is part of the result", () => {
    expectTypeOf(ces([7])).toEqualTypeOf<CesResult | undefined>();
    expectTypeOf<CesResult["lowerIsEasier"]>().toEqualTypeOf<boolean>();
    // @ts-expect-error: the direction is a boolean
    ces([7], { lowerIsEasier: "yes" });
  });

  it("responseRate takes named counts and returns a number or undefined", () => {
    expectTypeOf(responseRate({ responses: 1, invitations: 2 })).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: positional numbers are not accepted
    responseRate(1, 2);
    // @ts-expect-error: misspelt field
    responseRate({ response: 1, invitations: 2 });
  });

  it("CxMetricsError exposes a typed code union", () => {
    expectTypeOf<CxMetricsError["code"]>().toEqualTypeOf<CxMetricsErrorCode>();
    expectTypeOf<"out-of-range">().toMatchTypeOf<CxMetricsErrorCode>();
    // @ts-expect-error: not a code
    const bad: CxMetricsErrorCode = "bad-input";
    void bad;
  });
});
