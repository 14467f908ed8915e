import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustPValues, type PValueAdjustment } from "../../src/index.js";

const pValues = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.01, 0.05, 1)), {
  minLength: 1,
  maxLength: 40,
});
const methods = fc.constantFrom<PValueAdjustment>("holm", "hochberg", "bonferroni", "benjamini-hochberg");

describe("adjustPValues properties", () => {
  it("never gives an adjusted p-value below its raw one, nor above 1", () => {
    fc.assert(
      fc.property(pValues, methods, (p, method) => {
        adjustPValues(p, { method })!.forEach((a, i) => {
          expect(a).toBeGreaterThanOrEqual(p[i]!);
          expect(a).toBeLessThanOrEqual(1);
        });
      }),
    );
  });

  it("keeps the order of the raw p-values (a smaller raw value never gets a larger adjusted one)", () => {
    fc.assert(
      fc.property(pValues, methods, (p, method) => {
        const a = adjustPValues(p, { method })!;
        for (let i = 0; i < p.length; i++) {
          for (let j = 0; j < p.length; j++) if (p[i]! <= p[j]!) expect(a[i]!).toBeLessThanOrEqual(a[j]!);
        }
      }),
    );
  });

  it("does not depend on the order of the input: shuffling moves the results with their p-values", () => {
    fc.assert(
      fc.property(pValues, methods, fc.infiniteStream(fc.nat()), (p, method, picks) => {
        const order = p.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = picks.next().value % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const a = adjustPValues(p, { method })!;
        expect(
          adjustPValues(
            order.map((i) => p[i]!),
            { method },
          ),
        ).toEqual(order.map((i) => a[i]));
      }),
    );
  });

  it("orders the methods as the theory says: Bonferroni >= Holm >= Hochberg >= Benjamini-Hochberg", () => {
    fc.assert(
      fc.property(pValues, (p) => {
        const [b, h, hb, bh] = (["bonferroni", "holm", "hochberg", "benjamini-hochberg"] as const).map(
          (method) => adjustPValues(p, { method })!,
        );
        p.forEach((_, i) => {
          expect(b![i]!).toBeGreaterThanOrEqual(h![i]!);
          expect(h![i]!).toBeGreaterThanOrEqual(hb![i]!);
          expect(hb![i]!).toBeGreaterThanOrEqual(bh![i]!);
        });
      }),
    );
  });
});
