// Shared references of the lifetimeValue and lifetimeValues tests.
type Customer = { frequency: number; recency: number; age: number; monetaryValue?: number };

// The published CDNOW estimates: BG/NBD (Fader, Hardie and Lee 2005, Marketing Science) and
// Gamma-Gamma (Fader, Hardie and Lee 2005, JMR).
export const models: {
  bgNbd: { r: number; alpha: number; a: number; b: number };
  gammaGamma: { p: number; q: number; gamma: number };
} = {
  bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};
export const first: Customer = { frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 };
const none: Customer = { frequency: 0, recency: 0, age: 38.86 };
const heavy: Customer = { frequency: 7, recency: 35, age: 38, monetaryValue: 50 };
export const monthly: { periods: number; periodLength: number; discountPercent: number; marginPercent: number } = {
  periods: 12,
  periodLength: 52 / 12,
  discountPercent: 1,
  marginPercent: 100,
};
export const weekly: { periods: number; discountPercent: number; marginPercent: number } = {
  periods: 52,
  discountPercent: 0.2,
  marginPercent: 30,
};

// Independent reference: mpmath 1.3 at 30 digits, the BG/NBD expectation of FHL (2005) eq. (10)
// with mp.hyp2f1, differenced per period, times p (gamma + x z) / (p x + q - 1), times the margin,
// each period discounted by (1 + d)^k:
//   def E(x, tx, T, t):
//       num = (a+b+x-1)/(a-1) * (1 - ((al+T)/(al+T+t))**(r+x) * mp.hyp2f1(r+x, b+x, a+b+x-1, t/(al+T+t)))
//       return num / (1 + (a/(b+x-1) * ((al+T)/(al+tx))**(r+x) if x > 0 else 0))
//   clv = sum((E(.., k*L) - E(.., (k-1)*L)) / (1 + d/100)**k for k in 1..K) * M(x, z) * m/100
export const REFERENCE: { customer: Customer; monthly: number; weekly: number }[] = [
  { customer: first, monthly: 36.209148498929331, weekly: 10.983658180741706 },
  { customer: none, monthly: 8.3491985154516709, weekly: 2.5331088465137741 },
  { customer: heavy, monthly: 265.3744114371425, weekly: 80.487596385463842 },
];
export const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
