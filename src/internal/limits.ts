/**
 * The largest count the library accepts, `Math.floor(Number.MAX_SAFE_INTEGER / 100)`: 100 times
 * it is still a safe integer, so `100 * part` is exact and every percentage is the correctly
 * rounded value of its exact fraction. Written out rather than computed, so a bundle needs no code
 * to build it; a test checks the two agree.
 */
export const MAX_COUNT = 90071992547409;
