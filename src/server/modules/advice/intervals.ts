import type { Interval } from '../../../shared/advice/model.js';
import { wilsonFromProportion } from '../../../shared/statistics/wilson.js';

/**
 * 95% Wilson interval for a (possibly weighted) share. Unweighted, total = sumSq = n and this is the
 * plain Wilson interval; weighted, Kish's effective sample size (Σw)²/Σw² stands in for n.
 */
export function proportionInterval(successWeight: number, total: number, sumSq: number): Interval | null {
  if (total <= 0 || sumSq <= 0) return null;
  const r = wilsonFromProportion(successWeight / total, (total * total) / sumSq);
  return r ? { low: r.low, high: r.high } : null;
}
