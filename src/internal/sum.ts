/**
 * A compensated running sum (Neumaier's improvement of Kahan summation, "Rundungsfehleranalyse
 * einiger Verfahren zur Summation endlicher Summen", ZAMM 54, 1974, the "Kahan-Babuska"
 * summation that simple-statistics' `sum` uses): the rounding error of each addition is carried
 * separately and added back once at the end, so a sum of fractional money amounts is accurate to
 * its last bit whatever the order of its terms.
 */
export function compensatedSum(): { add(x: number): void; total(): number } {
  let sum = 0;
  let error = 0;
  return {
    add(x: number): void {
      const t = sum + x;
      error += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    },
    total: (): number => sum + error + 0,
  };
}
