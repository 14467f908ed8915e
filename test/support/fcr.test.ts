import { describe, expect, it } from "vitest";
import { fcr } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

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
    expect(error.message).toBe(
      "fcr: resolvedOnFirstContact must be at most tickets - excludedTickets (900), received 950",
    );
  });
});

describe("fcr inconsistent counts", () => {
  it("says excludedTickets must be at most tickets, quoting the ticket count", () => {
    const error = expectCxError(() => fcr({ resolvedOnFirstContact: 1, tickets: 2, excludedTickets: 3 }), {
      code: "inconsistent",
      field: "excludedTickets",
    });
    expect(error.expected).toBe("at most tickets (2)");
  });
});
