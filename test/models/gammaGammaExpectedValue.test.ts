import { describe, expect, it } from "vitest";
import { fitGammaGamma, gammaGammaExpectedValue, rfmSummary } from "../../src/index.js";
import { expectCxError } from "../helpers/errors.js";
import { cdnowTransactions } from "./cdnow.js";

// EXACT: the maximum-likelihood Gamma-Gamma estimates on the CDNOW repeat buyers, polished in
// mpmath at 30 digits (see fitGammaGamma.test.ts for the script). The expected values below are
// mpmath's p (gamma + x z) / (p x + q - 1) at EXACT, the weighted mean of Fader, Hardie and Lee
// (2005, JMR) equation (5), and gamma p / (q - 1) for a new customer.
const EXACT = { p: 6.2495722713237562, q: 3.7442246671320245, gamma: 15.443520962589239 };
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const cdnow = rfmSummary(cdnowTransactions(), { observationEnd: "1997-09-30", unit: "week" });

describe("gammaGammaExpectedValue", () => {
  // mpmath at EXACT: p (gamma + x z) / (p x + q - 1), the weighted mean of equation (5).
  it("gives a customer's expected value per purchase of the paper's equation (5)", () => {
    expect(
      relative(gammaGammaExpectedValue(EXACT, { frequency: 2, monetaryValue: 22.345 }), 24.653918185577368),
    ).toBeLessThan(1e-6);
    expect(
      relative(gammaGammaExpectedValue(EXACT, { frequency: 1, monetaryValue: 11.77 }), 18.910017069164816),
    ).toBeLessThan(1e-6);
    expect(
      relative(gammaGammaExpectedValue(EXACT, { frequency: 10, monetaryValue: 50 }), 49.37621315265326),
    ).toBeLessThan(1e-6);
  });

  it("gives a new customer the population mean gamma p / (q - 1)", () => {
    expect(relative(gammaGammaExpectedValue(EXACT, { frequency: 0 }), 35.17037147086859)).toBeLessThan(1e-6);
    expect(gammaGammaExpectedValue({ p: 2, q: 3, gamma: 10 }, { frequency: 0, monetaryValue: undefined })).toBe(10);
  });

  it("takes a fit as the model, its extra fields ignored", () => {
    const fit = fitGammaGamma(cdnow)!;
    const { p, q, gamma } = fit;
    expect(gammaGammaExpectedValue(fit, { frequency: 3, monetaryValue: 20 })).toBe(
      gammaGammaExpectedValue({ p, q, gamma }, { frequency: 3, monetaryValue: 20 }),
    );
  });

  it("takes an rfmSummary row as it is", () => {
    const row = cdnow[0]!;
    expect(gammaGammaExpectedValue(EXACT, row)).toBe(
      gammaGammaExpectedValue(EXACT, { frequency: row.frequency, monetaryValue: row.monetaryValue }),
    );
  });

  it("names the parameter or field at fault", () => {
    expectCxError(() => gammaGammaExpectedValue({ ...EXACT, q: 1 }, { frequency: 0 }), {
      code: "out-of-range",
      field: "model.q",
      metric: "gammaGammaExpectedValue",
    });
    expectCxError(() => gammaGammaExpectedValue({ ...EXACT, p: -1 }, { frequency: 0 }), {
      code: "out-of-range",
      field: "model.p",
    });
    expectCxError(() => gammaGammaExpectedValue(EXACT, { frequency: 2 }), {
      code: "wrong-type",
      field: "customer.monetaryValue",
    });
    expectCxError(() => gammaGammaExpectedValue(EXACT, { frequency: 2, monetaryValue: 0 }), {
      code: "out-of-range",
      field: "customer.monetaryValue",
    });
    // The weighted form keeps a spend near the largest double finite where the result is.
    expect(Number.isFinite(gammaGammaExpectedValue(EXACT, { frequency: 2, monetaryValue: Number.MAX_VALUE }))).toBe(
      true,
    );
    // x p / (x p + q - 1) < 1, so the customer's part never overflows; a gamma of 1e308 with a
    // weight above 1 does, and names the model.
    expectCxError(() => gammaGammaExpectedValue({ p: 10, q: 1.5, gamma: 1e308 }, { frequency: 0 }), {
      code: "out-of-range",
      field: "model",
    });
    expectCxError(() => gammaGammaExpectedValue(EXACT, { frequency: -1 }), {
      code: "negative",
      field: "customer.frequency",
    });
  });
});
