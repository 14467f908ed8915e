import { describe, expect, it } from "vitest";
import { arpa } from "../../src/index.js";
import { caught, expectCxError } from "../helpers/errors.js";

describe("arpa", () => {
  it("divides MRR by the active accounts: 12,500 over 250 accounts is 50 a month", () => {
    expect(arpa({ mrr: 12500, activeAccounts: 250 })).toBe(50);
    expect(arpa({ mrr: 100, activeAccounts: 3 })).toBe(100 / 3);
  });

  it("returns 0 for accounts that pay nothing, and undefined with no accounts and no MRR", () => {
    expect(arpa({ mrr: 0, activeAccounts: 7 })).toBe(0);
    expect(arpa({ mrr: 0, activeAccounts: 0 })).toBeUndefined();
  });

  it("rejects MRR with no account paying it as inconsistent", () => {
    expectCxError(() => arpa({ mrr: 10, activeAccounts: 0 }), { code: "inconsistent", field: "mrr", metric: "arpa" });
    // the message says what mrr must be when no account is active
    expect(caught(() => arpa({ mrr: 10, activeAccounts: 0 })).expected).toBe("0 when there are no active accounts");
  });

  it("rejects bad amounts, bad counts, a non-object and misspelt fields, naming the field", () => {
    expectCxError(() => arpa({ mrr: -1, activeAccounts: 2 }), { code: "negative", field: "mrr" });
    expectCxError(() => arpa({ mrr: Number.NaN, activeAccounts: 2 }), { code: "not-a-number", field: "mrr" });
    expectCxError(() => arpa({ mrr: 1, activeAccounts: 2.5 }), { code: "not-integer", field: "activeAccounts" });
    expectCxError(() => arpa({ mrr: 1, activeAccounts: "2" } as never), {
      code: "wrong-type",
      field: "activeAccounts",
    });
    expectCxError(() => arpa(null as never), { code: "wrong-type", field: "input" });
    expectCxError(() => arpa({ mrr: 1, accounts: 2 } as never), { code: "unknown-field", field: "accounts" });
  });
});
