import { describe, expect, it } from "vitest";
import { healthScore } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";

describe("healthScore", () => {
  it("S4-HEALTH: a weighted index of components on 0 to 100", () => {
    expect(
      healthScore([
        { value: 80, weight: 2 },
        { value: 50, weight: 1 },
      ]),
    ).toBe(70);
  });

  it("S4-HEALTH: normalises usage frequency, outcome change and breadth of use from their own scales", () => {
    const score = healthScore([
      { value: 12, weight: 3, min: 0, max: 20 }, // logins a month: 60
      { value: 15, weight: 1, min: -10, max: 40 }, // change in outcome, percent: 50
      { value: 5, weight: 1, min: 0, max: 5 }, // features in use: 100
      { value: 45, weight: 0, min: 0, max: 90, higherIsBetter: false }, // weight 0: ignored
    ]);
    // (3 x 60 + 1 x 50 + 1 x 100) / 5 = 330 / 5
    expect(score).toBe(66);
  });

  it("clamps a value beyond a scaled component's bounds to 0 or 100", () => {
    expect(healthScore([{ value: 30, weight: 1, min: 0, max: 20 }])).toBe(100);
    expect(healthScore([{ value: -5, weight: 1, min: 0, max: 20 }])).toBe(0);
    expect(healthScore([{ value: -5, weight: 1, min: 0, max: 20, higherIsBetter: false }])).toBe(100);
  });

  it("rejects a value off 0-100 on a component without bounds, stating the range", () => {
    const error = expectCxError(() => healthScore([{ value: 101, weight: 1 }]), {
      code: "out-of-range",
      field: "components[0].value",
    });
    expect(error.message).toBe("healthScore: components[0].value must be a value from 0 to 100, received 101");
    expectCxError(() => healthScore([{ value: 120, weight: 1 }]), {
      code: "out-of-range",
      field: "components[0].value",
    });
  });

  it("rejects a scaled component's value that is not finite, even though it would be clamped", () => {
    const error = expectCxError(() => healthScore([{ value: NaN, weight: 1, min: 0, max: 20 }]), {
      code: "not-a-number",
      field: "components[0].value",
    });
    expect(error.message).toBe("healthScore: components[0].value must be a finite number, received NaN");
  });

  it("reads a lower-is-better component from its bounds, dividing once", () => {
    // 100 x (30 - 10) / (30 - 0) = 200 / 3, correctly rounded
    expect(healthScore([{ value: 10, weight: 1, min: 0, max: 30, higherIsBetter: false }])).toBe(200 / 3);
  });

  it("reads a lower-is-better component without bounds as 100 minus its value", () => {
    expect(healthScore([{ value: 30, weight: 1, higherIsBetter: false } as never])).toBe(70);
  });

  it("normalises a component only when given both bounds, which may be fractional", () => {
    expectCxError(() => healthScore([{ value: 5, weight: 1, max: 10 } as never]), {
      code: "wrong-type",
      field: "components[0].min",
    });
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 0 } as never]), {
      code: "wrong-type",
      field: "components[0].max",
    });
    expect(healthScore([{ value: 2.5, weight: 1, min: 0.5, max: 4.5 }])).toBe(50);
  });

  it("returns undefined for no components, from any collection", () => {
    expect(healthScore([])).toBeUndefined();
    expect(healthScore(new Set())).toBeUndefined();
  });

  it("reads components from any iterable, but not from an array-like that is not iterable", () => {
    expect(
      healthScore(
        (function* () {
          yield { value: 40, weight: 1 };
        })(),
      ),
    ).toBe(40);
    expectCxError(() => healthScore({ length: 1, 0: { value: 40, weight: 1 } } as never), {
      code: "wrong-type",
      field: "components",
    });
  });

  it("rejects bad components, naming the component and field", () => {
    expectCxError(
      () =>
        healthScore([
          { value: 50, weight: 1 },
          { value: 50, weight: -1 },
        ]),
      {
        code: "negative",
        field: "components[1].weight",
      },
    );
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 10, max: 10 }]), {
      code: "inconsistent",
      field: "components[0].max",
    });
    expectCxError(() => healthScore([{ value: 5, weight: 1, min: 0, max: 9, higherIsBetter: "no" as never }]), {
      code: "wrong-type",
      field: "components[0].higherIsBetter",
    });
    expectCxError(() => healthScore([7 as never]), { code: "wrong-type", field: "components[0]" });
  });

  it("rejects components none of which carries weight", () => {
    expectCxError(() => healthScore([{ value: 50, weight: 0 }]), { code: "inconsistent", field: "components" });
  });

  it("rejects weights whose total is not finite", () => {
    expectCxError(
      () =>
        healthScore([
          { value: 100, weight: 1e307 },
          { value: 100, weight: 1e307 },
        ]),
      {
        code: "out-of-range",
        field: "components",
      },
    );
  });

  it("rejects components that are not a collection", () => {
    expectCxError(() => healthScore(42 as never), { code: "wrong-type", field: "components" });
    expectCxError(() => healthScore(null as never), { code: "wrong-type", field: "components" });
    expectCxError(() => healthScore("components" as never), { code: "wrong-type", field: "components" });
  });
});

describe("healthScore higherIsBetter on a component without bounds", () => {
  it("names components[i].higherIsBetter when it is not a boolean", () => {
    expectCxError(() => healthScore([{ value: 50, weight: 1, higherIsBetter: "no" as never }]), {
      code: "wrong-type",
      field: "components[0].higherIsBetter",
    });
  });

  it("scores 100 - value when lower is better (30 gives 70)", () => {
    expect(healthScore([{ value: 30, weight: 1, higherIsBetter: false }])).toBe(70);
  });
});
