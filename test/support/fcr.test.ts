import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcr } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { badCount, caught, expectCxError } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

describe("fcr", () => {
  it("S4-FCR: tickets closed after one interaction over all tickets (gross FCR)", () => {
    expect(fcr({ resolvedOnFirstContact: 720, tickets: 1000 })).toBe(72);
  });

  it("S4-FCR: leaves excluded tickets out of the denominator (net FCR)", () => {
    expect(fcr({ resolvedOnFirstContact: 720, tickets: 1000, excludedTickets: 100 })).toBe(80);
    expect(fcr({ resolvedOnFirstContact: 0, tickets: 5, excludedTickets: 5 })).toBeUndefined();
    expect(fcr({ resolvedOnFirstContact: 0, tickets: 0 })).toBeUndefined();
  });

  it("rejects contradictions: more excluded than received, more resolved than remain", () => {
    expectCxError(() => fcr({ resolvedOnFirstContact: 0, tickets: 5, excludedTickets: 6 }), {
      code: "inconsistent",
      field: "excludedTickets",
    });
    const error = expectCxError(() => fcr({ resolvedOnFirstContact: 950, tickets: 1000, excludedTickets: 100 }), {
      code: "inconsistent",
      field: "resolvedOnFirstContact",
    });
    expect(error.message).toBe("fcr: resolvedOnFirstContact must be at most tickets - excludedTickets (900), received 950");
  });

  it("agrees exactly with a BigInt oracle and stays in 0..100; scaling every count by k changes nothing", () => {
    const n = fc.integer({ min: 0, max: 1e12 });
    fc.assert(
      fc.property(n, n, n, fc.integer({ min: 1, max: 1000 }), (a, b, c, k) => {
        const [resolved, excluded, tickets] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const remaining = tickets - excluded;
        fc.pre(resolved <= remaining);
        const rate = fcr({ resolvedOnFirstContact: resolved, tickets, excludedTickets: excluded });
        if (remaining === 0) return expect(rate).toBeUndefined();
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
        expect(isCorrectlyRounded(rate!, 100n * BigInt(resolved), BigInt(remaining))).toBe(true);
        if (k * tickets <= MAX_COUNT) {
          expect(fcr({ resolvedOnFirstContact: k * resolved, tickets: k * tickets, excludedTickets: k * excluded })).toBe(rate);
        }
      }),
    );
  });

  it("rejects every kind of bad count with the right code and field", () => {
    fc.assert(
      fc.property(badCount, fc.constantFrom("resolvedOnFirstContact", "tickets", "excludedTickets"), (bad, field) => {
        // an absent optional field is not bad: it is the default
        fc.pre(!(field === "excludedTickets" && bad.value === undefined));
        const input = { resolvedOnFirstContact: 1, tickets: 10, excludedTickets: 1, [field]: bad.value };
        const error = caught(() => fcr(input));
        expect([error.code, error.field]).toEqual([bad.code, field]);
      }),
    );
  });
});
