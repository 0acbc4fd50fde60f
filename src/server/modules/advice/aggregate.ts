// Turns respondent-level answers into the figures the adviser sees: per group, context and phase,
// the share of respondents who would use each channel, with a 95% interval and n. Pure: the service
// loads a dataset once (datasets are immutable) and asks these functions.
import type {
  Answers,
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
  /**
   * Every cell's tally, made in one pass when the dataset is loaded (see indexDataset). A dataset
   * never changes after import, so a query reads its cell here instead of scanning all respondents.
   */
  cells: Map<string, CellTally>;
  /** Respondents per group of each scheme (unweighted), for the matrix's "in dataset" flag. */
  groupSizes: Record<SchemeCode, Map<string, number>>;
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

function emptyTally(): CellTally {
  return { n: 0, total: 0, sumSq: 0, channels: new Map(), motives: new Map(), expectations: new Map() };
}

function bump(map: Map<string, Tally>, code: string, w: number, first: boolean): void {
  const t = map.get(code);
  if (t) {
    t.count += 1;
    t.weight += w;
    if (first) t.first += w;
  } else map.set(code, { count: 1, weight: w, first: first ? w : 0 });
}

function addTo(cell: CellTally, a: PhaseAnswer, w: number): void {
  cell.n += 1;
  cell.total += w;
  cell.sumSq += w * w;
  a.channels.forEach((c, k) => bump(cell.channels, c, w, k === 0));
  for (const m of a.motives) bump(cell.motives, m, w, false);
  for (const e of a.expectations) bump(cell.expectations, e, w, false);
}

// 'all' is the same cell under either scheme.
const cellKey = (context: Context, phase: Phase | string, scheme: SchemeCode, group: string) =>
  group === ALL_GROUP ? `${context}/${phase}/*` : `${context}/${phase}/${scheme}/${group}`;

/**
 * One cell by scanning every respondent: the definition of a cell. indexDataset computes the same
 * tallies for all cells at once (same respondents, same order, so the same sums to the last bit);
 * the tests hold the two against each other.
 */
export function scanCell(index: Pick<DatasetIndex, 'respondents' | 'weights'>, q: CellQuery): CellTally {
  const cell = emptyTally();
  index.respondents.forEach((r, i) => {
    if (!inGroup(r, q.scheme, q.group)) return;
    const a = answerOf(r, q.context, q.phase);
    if (!a) return;
    const w = index.weights[i]!;
    // A respondent weighted 0 (a group absent from the population) does not count at all.
    if (w === 0) return;
    addTo(cell, a, w);
  });
  return cell;
}

/** The in-memory form of a dataset: respondents, weights and every cell tallied in one pass. */
export function indexDataset(
  respondents: Respondent[],
  weightsByAgeGroup: Record<string, number> | null | undefined,
): DatasetIndex {
  const weights = new Float64Array(respondents.length).fill(1);
  if (weightsByAgeGroup) respondents.forEach((r, i) => (weights[i] = weightsByAgeGroup[r.ageGroup] ?? 0));
  const cells = new Map<string, CellTally>();
  const cellOf = (key: string) => {
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = emptyTally()));
    return cell;
  };
  const groupSizes = { age: new Map<string, number>(), profile: new Map<string, number>() };
  respondents.forEach((r, i) => {
    groupSizes.age.set(r.ageGroup, (groupSizes.age.get(r.ageGroup) ?? 0) + 1);
    if (r.profile) groupSizes.profile.set(r.profile, (groupSizes.profile.get(r.profile) ?? 0) + 1);
    const w = weights[i]!;
    if (w === 0) return;
    for (const [context, phases] of Object.entries(r.answers) as [Context, Answers[Context]][]) {
      for (const [phase, a] of Object.entries(phases ?? {})) {
        if (!a) continue;
        addTo(cellOf(cellKey(context, phase, 'age', ALL_GROUP)), a, w);
        addTo(cellOf(cellKey(context, phase, 'age', r.ageGroup)), a, w);
        if (r.profile) addTo(cellOf(cellKey(context, phase, 'profile', r.profile)), a, w);
      }
    }
  });
  return { respondents, weights, weighted: !!weightsByAgeGroup, cells, groupSizes };
}

const EMPTY: CellTally = Object.freeze(emptyTally());

/** The tally of one cell. Shared between requests: callers read it and never change it. */
export function tallyCell(index: DatasetIndex, q: CellQuery): CellTally {
  return index.cells.get(cellKey(q.context, q.phase, q.scheme, q.group)) ?? EMPTY;
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
  return index.groupSizes[scheme];
}
