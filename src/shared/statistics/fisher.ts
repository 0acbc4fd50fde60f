// Fisher's exact test for a 2×2 table, for experiments too small for the z-test's normal
// approximation. Two-sided as R's fisher.test: the sum of the probabilities of all tables with the
// same margins that are no more likely than the observed one (with a relative tolerance of 1e-7,
// so tables that tie in exact arithmetic are not lost to rounding).

export type Table2x2 = readonly [readonly [number, number], readonly [number, number]];

export const MAX_FISHER_TOTAL = 1_000_000;

export interface FisherResult {
  pValue: number;
  /** Probability of the observed table under the null hypothesis. */
  observedProbability: number;
}

function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = table[i - 1]! + Math.log(i);
  return table;
}

export function fisherExactTest(table: Table2x2): FisherResult {
  const [[a, b], [c, d]] = table;
  for (const x of [a, b, c, d])
    if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`cells must be whole numbers ≥ 0, got ${x}`);
  const n = a + b + c + d;
  if (n > MAX_FISHER_TOTAL) throw new RangeError(`at most ${MAX_FISHER_TOTAL} observations, got ${n}`);
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const lf = logFactorials(n);
  const fixed = lf[row1]! + lf[row2]! + lf[col1]! + lf[n - col1]! - lf[n]!;
  // The table is determined by its top-left cell x once the margins are fixed.
  const logP = (x: number) => fixed - lf[x]! - lf[row1 - x]! - lf[col1 - x]! - lf[row2 - col1 + x]!;
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  const observed = logP(a);
  let pValue = 0;
  for (let x = low; x <= high; x++) {
    const lp = logP(x);
    // d ≤ d_obs·(1 + 1e-7), on the log scale.
    if (lp <= observed + Math.log1p(1e-7)) pValue += Math.exp(lp);
  }
  return { pValue: Math.min(1, pValue), observedProbability: Math.exp(observed) };
}
