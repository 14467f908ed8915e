/**
 * The compensated sum of `term(item, index)` over `items` (Neumaier's improvement of Kahan
 * summation, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM 54,
 * 1974, the "Kahan-Babuska" summation that simple-statistics' `sum` uses): the rounding error of
 * each addition is carried separately and added back once at the end, so a sum of fractional
 * money amounts is accurate to its last bit whatever the order of its terms.
 *
 * For non-negative terms only (amounts of money, increases): the larger of the running sum and
 * the term is then found without `Math.abs`.
 */
export function sumOf<T>(items: Iterable<T>, term: (item: T, index: number) => number): number {
  let sum = 0;
  let error = 0;
  let i = 0;
  for (const item of items) {
    const x = term(item, i++);
    const t = sum + x;
    error += sum >= x ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + error + 0;
}
