import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { responseRate } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { badCount, caught, expectCxError } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

describe("responseRate properties", () => {
  it("S1-RESPONSE: scaling both counts by k > 0 leaves the rate unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (k) => {
        expect(responseRate({ responses: 3000 * k, invitations: 30000 * k })).toBe(10);
      }),
    );
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.integer({ min: 1, max: 1000 }), (a, b, k) => {
        const [responses, invitations] = a <= b ? [a, b + 1] : [b, a + 1];
        expect(responseRate({ responses: k * responses, invitations: k * invitations })).toBe(
          responseRate({ responses, invitations }),
        );
      }),
    );
  });

  it("agrees exactly with a BigInt rational oracle and stays within 0..100", () => {
    const n = fc.integer({ min: 1, max: MAX_COUNT });
    fc.assert(
      fc.property(n, n, (a, b) => {
        const [responses, invitations] = a <= b ? [a, b] : [b, a];
        const rate = responseRate({ responses, invitations }) as number;
        expect(rate).toBeGreaterThan(0);
        expect(rate).toBeLessThanOrEqual(100);
        expect(isCorrectlyRounded(rate, 100n * BigInt(responses), BigInt(invitations))).toBe(true);
      }),
    );
  });

  it("rejects every kind of bad count with the right code and field", () => {
    fc.assert(
      fc.property(badCount, fc.constantFrom("responses", "invitations"), (bad, field) => {
        const input = { responses: 1, invitations: 10, [field]: bad.value };
        const error = caught(() => responseRate(input));
        expect([error.code, error.field]).toEqual([bad.code, field]);
      }),
    );
    expectCxError(() => responseRate(null as never), { code: "wrong-type", field: "input" });
    expectCxError(() => responseRate([3000, 30000] as never), { code: "wrong-type", field: "input" });
  });
});
