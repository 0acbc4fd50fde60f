// Expected channel preference of the people who actually live in an area: the group figures
// weighted by the area's composition.
import type { Context, Interval, Phase, SchemeCode } from '../../../shared/advice/model.js';
import { tallyCell, type DatasetIndex } from './aggregate.js';

export interface MixFigure {
  code: string;
  share: number;
  ci: Interval;
}

export interface MixResult {
  channels: MixFigure[];
  /** Groups in the area with no respondents in the dataset: the mix cannot stand for them. */
  missingGroups: string[];
  /** Groups with fewer respondents than the minimum: their part of the figure is indicative. */
  smallGroups: string[];
  /** Share of the area's population covered by groups with respondents. */
  coveredShare: number;
}

const Z95 = 1.959964;

/**
 * share_c = Σ_g s_g · p_gc. Groups are independent samples, so the variance adds up:
 * Var = Σ_g s_g² · p_gc(1 − p_gc) / n_eff,g; the interval is normal and clipped to [0, 1].
 */
export function areaMix(
  index: DatasetIndex,
  q: { context: Context; phase: Phase; scheme: SchemeCode; shares: Record<string, number> },
  minCell: number,
): MixResult {
  const missingGroups: string[] = [];
  const smallGroups: string[] = [];
  const share = new Map<string, number>();
  const variance = new Map<string, number>();
  let covered = 0;
  const groups = Object.entries(q.shares).filter(([, s]) => s > 0);
  const cells = groups.map(([group, s]) => ({ group, s, cell: tallyCell(index, { ...q, group }) }));
  for (const { group, s, cell } of cells) {
    if (cell.n === 0) missingGroups.push(group);
    else {
      covered += s;
      if (cell.n < minCell) smallGroups.push(group);
    }
  }
  for (const { s, cell } of cells) {
    if (cell.n === 0) continue;
    // Rescale over the covered population so that the figure still sums like a share.
    const w = s / (covered || 1);
    const nEff = (cell.total * cell.total) / cell.sumSq;
    for (const [code, t] of cell.channels) {
      const p = t.weight / cell.total;
      share.set(code, (share.get(code) ?? 0) + w * p);
      variance.set(code, (variance.get(code) ?? 0) + (w * w * p * (1 - p)) / nEff);
    }
  }
  const channels = [...share.entries()]
    .map(([code, p]) => {
      const half = Z95 * Math.sqrt(variance.get(code) ?? 0);
      return { code, share: p, ci: { low: Math.max(0, p - half), high: Math.min(1, p + half) } };
    })
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
  return { channels, missingGroups, smallGroups, coveredShare: covered };
}
