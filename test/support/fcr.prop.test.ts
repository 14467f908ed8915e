import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcr } from "../../src/index.js";
import { MAX_COUNT } from "../../src/internal/limits.js";
import { badCount, caught } from "../helpers/errors.js";
import { isCorrectlyRounded } from "../helpers/oracle.js";

describe("fcr properties", () => {
  it("agrees exactly with a BigInt oracle and stays in 0..100; scaling every count by k changes nothing", () => {
    const n = fc.integer({ min: 0, max: 1e12 });
    fc.assert(
      fc.property(n, n, n, fc.integer({ min: 1, max: 1000 }), (a, b, c, k) => {
        const [resolved, excluded, tickets] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const remaining = tickets - excluded;
        fc.pre(resolved <= remaining);
        const rate = fcr({ resolvedOnFirstContact: resolved, tickets, excludedTickets: excluded });
        if (remaining === 0) {
          expect(rate).toBeUndefined();
          return;
        }
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
        expect(isCorrectlyRounded(rate!, 100n * BigInt(resolved), BigInt(remaining))).toBe(true);
        if (k * tickets <= MAX_COUNT) {
          expect(
            fcr({ resolvedOnFirstContact: k * resolved, tickets: k * tickets, excludedTickets: k * excluded }),
          ).toBe(rate);
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
