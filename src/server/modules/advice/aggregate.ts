// Turns respondent-level answers into the figures the adviser sees: per group, context and phase,
// the share of respondents who would use each channel, with a 95% interval and n. Pure: the service
// loads a dataset once (datasets are immutable) and asks these functions.
import type {
  Context,
  Interval,
  Phase,
  PhaseAnswer,
  Respondent,
  SchemeCode,
} from '../../../shared/advice/model.js';
import { proportionInterval } from './intervals.js';

export const ALL_GROUP = 'all';

export interface DatasetIndex {
  respondents: Respondent[];
  /** Post-stratification weight per respondent (1 when the dataset is unweighted). */
  weights: Float64Array;
  weighted: boolean;
}

export interface CellQuery {
  context: Context;
  phase: Phase;
  scheme: SchemeCode;
  group: string;
}

export interface ShareFigure {
  code: string;
  /** Respondents (unweighted) who named this code. */
  count: number;
  /** Null when the cell is too small to show a precise figure. */
  share: number | null;
  ci: Interval | null;
  /** Share naming it as their first choice (channels only; 0 for motives and expectations). */
  firstChoiceShare: number | null;
}

export interface CellResult {
  n: number;
  nEffective: number;
  small: boolean;
  channels: ShareFigure[];
  motives: ShareFigure[];
  expectations: ShareFigure[];
}

export function inGroup(r: Respondent, scheme: SchemeCode, group: string): boolean {
  if (group === ALL_GROUP) return true;
  return scheme === 'age' ? r.ageGroup === group : r.profile === group;
}

export function answerOf(r: Respondent, context: Context, phase: Phase): PhaseAnswer | undefined {
  return r.answers[context]?.[`${phase}`];
}

export interface Tally {
  count: number;
  weight: number;
  first: number;
}

function figures(
  tallies: Map<string, Tally>,
  total: number,
  sumSq: number,
  n: number,
  small: boolean,
  withFirst: boolean,
): ShareFigure[] {
  const out: ShareFigure[] = [];
  for (const [code, t] of tallies) {
    const share = total > 0 ? t.weight / total : 0;
    out.push({
      code,
      count: t.count,
      share: small ? null : share,
      ci: n > 0 ? proportionInterval(t.weight, total, sumSq) : null,
      firstChoiceShare: withFirst && !small && total > 0 ? t.first / total : null,
    });
  }
  // Ranked by preference; ties by code so the order is stable.
  return out.sort(
    (a, b) => b.count - a.count || (b.share ?? 0) - (a.share ?? 0) || a.code.localeCompare(b.code),
  );
}

export interface CellTally {
  n: number;
  /** Sum of weights and of squared weights (both n when unweighted). */
  total: number;
  sumSq: number;
  channels: Map<string, Tally>;
  motives: Map<string, Tally>;
  expectations: Map<string, Tally>;
}

export function tallyCell(index: DatasetIndex, q: CellQuery): CellTally {
  const cell: CellTally = {
    n: 0,
    total: 0,
    sumSq: 0,
    channels: new Map(),
    motives: new Map(),
    expectations: new Map(),
  };
  const bump = (map: Map<string, Tally>, code: string, w: number, first: boolean) => {
    const t = map.get(code) ?? { count: 0, weight: 0, first: 0 };
    t.count += 1;
    t.weight += w;
    if (first) t.first += w;
    map.set(code, t);
  };
  index.respondents.forEach((r, i) => {
    if (!inGroup(r, q.scheme, q.group)) return;
    const a = answerOf(r, q.context, q.phase);
    if (!a) return;
    const w = index.weights[i]!;
    // A respondent weighted 0 (a group absent from the population) does not count at all.
    if (w === 0) return;
    cell.n += 1;
    cell.total += w;
    cell.sumSq += w * w;
    a.channels.forEach((c, k) => bump(cell.channels, c, w, k === 0));
    for (const m of a.motives) bump(cell.motives, m, w, false);
    for (const e of a.expectations) bump(cell.expectations, e, w, false);
  });
  return cell;
}

export function aggregateCell(index: DatasetIndex, q: CellQuery, minCell: number): CellResult {
  const t = tallyCell(index, q);
  const small = t.n < minCell;
  return {
    n: t.n,
    nEffective: t.sumSq > 0 ? (t.total * t.total) / t.sumSq : 0,
    small,
    channels: figures(t.channels, t.total, t.sumSq, t.n, small, true),
    motives: figures(t.motives, t.total, t.sumSq, t.n, small, false),
    expectations: figures(t.expectations, t.total, t.sumSq, t.n, small, false),
  };
}

/** Which groups of a scheme have respondents in this dataset, with their counts. */
export function groupCounts(index: DatasetIndex, scheme: SchemeCode): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of index.respondents) {
    const g = scheme === 'age' ? r.ageGroup : r.profile;
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}
