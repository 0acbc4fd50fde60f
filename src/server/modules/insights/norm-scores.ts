// Each active norm's score per week, and its trend. Weeks are ISO weeks in Amsterdam, labelled by
// their Monday; a week with fewer than MIN_GROUP_SIZE measured items is suppressed.
import { caseAnalytics } from '../cases/index.js';
import { emailWeeks as emailWeeksOf, phoneMeanByWeek, phoneWithinByWeek, resolutionByWeek } from './facts.js';
import type { Scope } from './dashboard-contacts.js';
import type { Filters } from './filters.js';
import { activeNorms, type Norm, type NormKind } from './norms.js';
import { provenance, rounded, MIN_GROUP_SIZE } from './present.js';
import { meets, trendOf, type Trend } from './trend.js';

interface Week {
  week: string;
  n: number;
  /** Seconds for mean-at-most, a share for share-within. */
  score: number | null;
}

export interface NormScoreRow {
  normCode: string;
  week: string;
  n: number | null;
  score: number | null;
  met: boolean | null;
  suppressed: boolean;
}

export interface NormSummary {
  code: string;
  trend: Trend;
  slopePerWeek: number | null;
  latest: number | null;
  met: boolean | null;
}

async function weeksOf(s: Scope, f: Filters, norm: Norm): Promise<Week[]> {
  const facts = { tenantId: s.tenantId, from: f.from, to: f.to, team: f.team };
  switch (norm.code) {
    case 'phone-asa':
    case 'phone-30s': {
      // The mean comes from the rollups; the share within a threshold needs the waits themselves.
      const rows =
        norm.code === 'phone-asa'
          ? await phoneMeanByWeek(s, facts)
          : await phoneWithinByWeek(s, facts, norm.thresholdSeconds ?? 0);
      return rows.map((r) => ({
        week: r.week,
        n: r.n,
        score: norm.code === 'phone-asa' ? r.mean : r.within / r.n,
      }));
    }
    case 'email-2wd':
      return emailWeeksOf(s, facts, norm.workingDays ?? 0);
    case 'meldingen-due':
      return (await caseAnalytics.meldingenDueByWeek(s.tx, facts)).map((r) => ({
        week: r.week,
        n: r.n,
        score: r.onTime / r.n,
      }));
    case 'first-contact':
      return (await resolutionByWeek(s, facts)).map((r) => ({
        week: r.week,
        n: r.n,
        score: r.resolved / r.n,
      }));
    default:
      return [];
  }
}

/** The value a score is compared with: the threshold for a mean norm, the target share otherwise. */
export const normValue = (n: Norm) =>
  n.kind === 'mean-at-most' ? (n.thresholdSeconds ?? 0) : (n.target ?? 0);

export async function normScores(s: Scope, f: Filters) {
  const norms = await activeNorms(s.tx, s.tenantId);
  const rows: NormScoreRow[] = [];
  const summaries: NormSummary[] = [];
  let total = 0;
  for (const norm of norms) {
    const kind = norm.kind as NormKind;
    const value = normValue(norm);
    const weeks = await weeksOf(s, f, norm);
    const shown = weeks.filter((w) => w.n >= MIN_GROUP_SIZE && w.score !== null);
    for (const w of weeks) {
      total += w.n;
      const visible = w.n >= MIN_GROUP_SIZE && w.score !== null;
      rows.push({
        normCode: norm.code,
        week: w.week,
        n: visible ? w.n : null,
        score: visible ? rounded(w.score, kind === 'mean-at-most' ? 1 : 4) : null,
        met: visible ? meets(kind, w.score!, value) : null,
        suppressed: !visible,
      });
    }
    const { trend, slope } = trendOf(
      shown.map((w) => w.score!),
      kind,
      value,
    );
    const latest = shown.at(-1)?.score ?? null;
    summaries.push({
      code: norm.code,
      trend,
      slopePerWeek: rounded(slope, 4),
      latest: rounded(latest, kind === 'mean-at-most' ? 1 : 4),
      met: latest === null ? null : meets(kind, latest, value),
    });
  }
  return {
    chart: 'norm-scores',
    filters: { from: f.from, to: f.to, team: f.team },
    provenance: provenance('klantcontact', s.demo, total, s.read),
    minGroupSize: MIN_GROUP_SIZE,
    norms: summaries,
    rows,
  };
}
