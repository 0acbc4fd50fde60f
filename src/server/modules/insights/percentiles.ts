// Percentiles from counted values, the way PostgreSQL's percentile_cont reads sorted values:
// position p·(N-1), interpolated linearly between the two values around it.

/** `counts` sorted by value ascending; returns null without values. */
export function percentileOfCounts(
  counts: readonly { value: number; n: number }[],
  p: number,
): number | null {
  const total = counts.reduce((a, c) => a + c.n, 0);
  if (total === 0) return null;
  const h = p * (total - 1);
  const at = (k: number) => {
    let cum = 0;
    for (const c of counts) {
      cum += c.n;
      if (cum > k) return c.value;
    }
    return counts.at(-1)!.value;
  };
  const lo = Math.floor(h);
  const a = at(lo);
  return lo === h ? a : a + (h - lo) * (at(lo + 1) - a);
}
