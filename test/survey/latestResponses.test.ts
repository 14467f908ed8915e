import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestResponses } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("latestResponses", () => {
  it("keeps the latest answer of each respondent, in input order, as the same objects", () => {
    const a1 = { respondentId: "ann", answeredAt: new Date("2026-03-02T10:00:00Z"), score: 6 };
    const b = { respondentId: "bob", answeredAt: new Date("2026-03-02T11:00:00Z"), score: 9 };
    const a2 = { respondentId: "ann", answeredAt: new Date("2026-03-02T12:00:00Z"), score: 10 };
    const kept = latestResponses([a2, b, a1])!;
    expect(kept).toEqual([a2, b]);
    expect(kept[0]).toBe(a2);
  });

  it("keeps the later in the input of two answers at the same time", () => {
    const first = { respondentId: 7, answeredAt: 1000, score: 1 };
    const second = { respondentId: 7, answeredAt: 1000, score: 2 };
    expect(latestResponses([first, second])).toEqual([second]);
  });

  it("tells apart the number 1 and the string '1'", () => {
    expect(
      latestResponses([
        { respondentId: 1, answeredAt: 0 },
        { respondentId: "1", answeredAt: 0 },
      ]),
    ).toHaveLength(2);
  });

  it("keeps one answer per respondent per UTC day, ISO week or month", () => {
    const at = (iso: string) => ({ respondentId: "ann", answeredAt: new Date(iso) });
    // 2026-03-01 is a Sunday, 2026-03-02 a Monday.
    const answers = [
      at("2026-03-01T23:00:00Z"),
      at("2026-03-02T01:00:00Z"),
      at("2026-03-08T12:00:00Z"),
      at("2026-04-01T00:00:00Z"),
    ];
    expect(latestResponses(answers, { per: "day" })).toHaveLength(4);
    expect(latestResponses(answers, { per: "week" })).toEqual([answers[0], answers[2], answers[3]]);
    expect(latestResponses(answers, { per: "month" })).toEqual([answers[2], answers[3]]);
    expect(latestResponses(answers)).toEqual([answers[3]]);
  });

  it("reads YYYY-MM-DD days and epoch milliseconds alike", () => {
    const kept = latestResponses([
      { respondentId: "x", answeredAt: "2026-01-02" },
      { respondentId: "x", answeredAt: Date.UTC(2026, 0, 1, 23) },
    ]);
    expect(kept).toEqual([{ respondentId: "x", answeredAt: "2026-01-02" }]);
  });

  it("returns undefined for no responses", () => {
    expect(latestResponses([])).toBeUndefined();
  });

  it("keeps as many responses as there are distinct respondents, each its latest", () => {
    const response = fc.record({
      respondentId: fc.integer({ min: 0, max: 9 }),
      answeredAt: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 60 }), (responses) => {
        const kept = latestResponses(responses)!;
        expect(kept.length).toBe(new Set(responses.map((r) => r.respondentId)).size);
        for (const k of kept) {
          expect(Math.max(...responses.filter((r) => r.respondentId === k.respondentId).map((r) => r.answeredAt))).toBe(
            k.answeredAt,
          );
        }
      }),
    );
  });

  it("rejects bad ids, times and options, naming the field", () => {
    expectCxError(() => latestResponses([{ respondentId: null, answeredAt: 0 }] as never), {
      code: "wrong-type",
      field: "responses[0].respondentId",
      metric: "latestResponses",
    });
    expectCxError(() => latestResponses([{ respondentId: Number.NaN, answeredAt: 0 }]), {
      code: "not-a-number",
      field: "responses[0].respondentId",
    });
    expectCxError(() => latestResponses([{ respondentId: 1, answeredAt: Infinity }]), {
      code: "not-finite",
      field: "responses[0].answeredAt",
    });
    expectCxError(() => latestResponses([{ respondentId: 1, answeredAt: new Date("x") }]), {
      code: "out-of-range",
      field: "responses[0].answeredAt",
    });
    expectCxError(() => latestResponses([{ respondentId: 1, answeredAt: "2026-02-30" }]), {
      code: "out-of-range",
      field: "responses[0].answeredAt",
    });
    expectCxError(() => latestResponses([{ respondentId: 1, answeredAt: "March" }]), {
      code: "wrong-type",
      field: "responses[0].answeredAt",
    });
    expectCxError(() => latestResponses([7] as never), { code: "wrong-type", field: "responses[0]" });
    expectCxError(() => latestResponses([], { per: "year" as never }), { code: "out-of-range", field: "options.per" });
  });
});

describe("latestResponses periods and respondent ids", () => {
  it("keeps apart answers in different months of different years, per month", () => {
    // February 2026 and January 2038: different months, so both are kept.
    const answers = [
      { respondentId: "ann", answeredAt: "2026-02-10" },
      { respondentId: "ann", answeredAt: "2038-01-10" },
    ];
    expect(latestResponses(answers, { per: "month" })).toEqual(answers);
  });

  it("says a respondentId that is neither a string nor a number must be one", () => {
    const error = expectCxError(() => latestResponses([{ respondentId: true as never, answeredAt: 0 }]), {
      code: "wrong-type",
      field: "responses[0].respondentId",
    });
    expect(error.expected).toBe("a string or a number");
  });
});
