// Pure helpers for the weekly norm scores: Monday of a day, least-squares slope, trend words.
import type { NormKind } from './norms.js';

/** Monday (YYYY-MM-DD) of the ISO week a day is in. */
export function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // 0 = Monday
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** Least-squares slope of ys against 0, 1, 2, …; null with fewer than two points. */
export function slope(ys: readonly number[]): number | null {
  const n = ys.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((a, y) => a + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

export type Trend = 'improving' | 'worsening' | 'stable' | 'unknown';
/** Fewer weekly scores than this give no trend. */
export const MIN_TREND_WEEKS = 3;

/**
 * The direction of a norm's weekly scores. For a mean-at-most norm (waiting time) lower is
 * better; for a share norm higher is. A slope within 1 % of the norm per week is stable.
 */
export function trendOf(
  scores: readonly number[],
  kind: NormKind,
  norm: number,
): { trend: Trend; slope: number | null } {
  if (scores.length < MIN_TREND_WEEKS) return { trend: 'unknown', slope: slope(scores) };
  const s = slope(scores)!;
  if (Math.abs(s) <= 0.01 * norm) return { trend: 'stable', slope: s };
  const better = kind === 'mean-at-most' ? s < 0 : s > 0;
  return { trend: better ? 'improving' : 'worsening', slope: s };
}

export const meets = (kind: NormKind, score: number, norm: number) =>
  kind === 'mean-at-most' ? score <= norm : score >= norm;
