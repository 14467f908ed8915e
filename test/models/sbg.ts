// Shared by the sBG prediction tests (sbgSurvival, sbgRetentionRate, sbgProjection, sbgDel, sbgDerl,
// sbgLifetimeValue and their property tests).
import fc from "fast-check";

// The fitted parameters of Fader and Hardie (2007) for the high end and regular segments.
export const HIGH = { alpha: 0.668, beta: 3.806 };
export const REGULAR = { alpha: 0.704, beta: 1.182 };

// Reference values from the definitions, in mpmath at 30 digits (independent of the library's
// product recursion and of its 2F1):
//   S(t) = 100 * mp.beta(a, b + t) / mp.beta(a, b)
//   DEL  = sum(S(t) z^t, t = 0..2999), DERL(r) = sum(S(t) / S(r) z^(t-r-1), t = r+1..2999), z = 1/1.1
//   (the terms fall faster than z^t, so 3,000 terms leave less than 1e-100)
export const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

/** Any sBG model the predictions accept, for the property tests. */
export const modelArb: fc.Arbitrary<{ alpha: number; beta: number }> = fc.record({
  alpha: fc.double({ min: 0.01, max: 100, noNaN: true }),
  beta: fc.double({ min: 0.01, max: 100, noNaN: true }),
});
