/** Splits an array at the given cut points (any order), into contiguous pieces. */
export function split<T>(items: T[], cuts: number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const pieces: T[][] = [];
  let start = 0;
  for (const p of [...points, items.length]) {
    pieces.push(items.slice(start, p));
    start = p;
  }
  return pieces;
}
