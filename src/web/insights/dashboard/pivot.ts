/** Distinct values in first-seen order (the API sorts its rows; the charts keep that order). */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Rows keyed by two dimensions into one series per `seriesKey`, aligned on `categories`; absent
 * and suppressed cells become null so the chart shows a gap, not a false zero.
 */
export function pivot<R>(
  rows: readonly R[],
  categoryOf: (row: R) => string,
  seriesOf: (row: R) => string,
  valueOf: (row: R) => number | null,
): { categories: string[]; series: { key: string; data: (number | null)[] }[] } {
  const categories = distinct(rows.map(categoryOf)).sort();
  const keys = distinct(rows.map(seriesOf));
  const index = new Map(categories.map((c, i) => [c, i]));
  const series = keys.map((key) => ({ key, data: categories.map((): number | null => null) }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const row of rows) byKey.get(seriesOf(row))!.data[index.get(categoryOf(row))!] = valueOf(row);
  return { categories, series };
}
