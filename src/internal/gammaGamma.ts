// The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee, "RFM and CLV: Using
// Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 2005, and
// Fader and Hardie, "The Gamma-Gamma Model of Monetary Value", 2013 note): each transaction's
// value is Gamma(p, ν) around a customer's mean p/ν, with ν ~ Gamma(q, γ) across customers.
import { readModel } from "./modelParameters.js";
import { digamma, logBeta } from "./specialFunctions.js";

/** p, q, γ, in that order. */
export type GammaGammaVector = readonly [number, number, number];

/** Reads `model.p`, `model.q`, `model.gamma`, each a positive finite number (other fields allowed). */
export function readGammaGammaModel(metric: string, model: unknown): GammaGammaVector {
  return readModel(metric, model, ["p", "q", "gamma"]) as [number, number, number];
}

/**
 * ln f(z̄ | x; p, q, γ), the density of a customer's mean value z̄ over x transactions (Fader,
 * Hardie and Lee 2005, equation 3):
 * f = Γ(px+q) / (Γ(px) Γ(q)) · γ^q z̄^(px−1) x^(px) / (γ + x z̄)^(px+q).
 * With `gradient`, also writes ∂ ln f / ∂(p, q, γ) into it.
 */
export function gammaGammaLogDensity(theta: GammaGammaVector, x: number, z: number, gradient?: number[]): number {
  const [p, q, g] = theta;
  const px = p * x;
  const logSpend = Math.log(g + x * z);
  const logDensity =
    -logBeta(px, q) + q * Math.log(g) + (px - 1) * Math.log(z) + px * Math.log(x) - (px + q) * logSpend;
  if (gradient !== undefined) {
    const both = digamma(px + q);
    gradient[0] = x * (both - digamma(px) + Math.log(z) + Math.log(x) - logSpend);
    gradient[1] = both - digamma(q) + Math.log(g) - logSpend;
    gradient[2] = q / g - (px + q) / (g + x * z);
  }
  return logDensity;
}
