// The case charts: backlog of open meldingen by age and team, due-date compliance per category,
// and satisfaction (KTO) by channel and category.
import { eq } from 'drizzle-orm';
import { teams } from '../../platform/accounts/tables.js';
import { caseAnalytics } from '../cases/index.js';
import type { Filters } from './filters.js';
import type { Scope } from './dashboard-contacts.js';
import {
  casesDrill,
  provenance,
  rounded,
  share,
  suppress,
  sequentially,
  MIN_GROUP_SIZE,
  type Chart,
  type Source,
} from './present.js';

export const AGE_BUCKETS = ['0-2', '3-7', '8-14', '15-30', '31+'] as const;

const facts = (s: Scope, f: Filters): caseAnalytics.CaseFacts => ({
  tenantId: s.tenantId,
  from: f.from,
  to: f.to,
  category: f.category,
  team: f.team,
  area: f.area,
});

const chart = <R>(
  name: string,
  source: Source,
  filters: Partial<Filters>,
  s: Scope,
  n: number,
  rows: R[],
): Chart<R> => ({
  chart: name,
  filters,
  provenance: provenance(source, s.demo, n),
  minGroupSize: MIN_GROUP_SIZE,
  rows,
});
const total = (rows: { n: number }[]) => rows.reduce((a, r) => a + r.n, 0);

async function teamNames(s: Scope) {
  const rows = await s.tx
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.tenantId, s.tenantId));
  return new Map(rows.map((t) => [t.id, t.name]));
}

export async function backlogChart(s: Scope, f: Filters) {
  const [rows, names] = await sequentially(
    () => caseAnalytics.caseBacklog(s.tx, facts(s, f), s.today),
    () => teamNames(s),
  );
  const order = (b: string) => AGE_BUCKETS.indexOf(b as (typeof AGE_BUCKETS)[number]);
  const out = rows
    .map((r) =>
      suppress(
        {
          teamId: r.teamId,
          teamName: r.teamId ? (names.get(r.teamId) ?? null) : null,
          bucket: r.bucket,
          n: r.n,
          overdue: r.overdue,
          drillDown: casesDrill({ teamId: r.teamId, categoryCode: f.category }),
        },
        r.n,
        ['n', 'overdue'],
      ),
    )
    .sort(
      (a, b) =>
        (a.teamName ?? '~').localeCompare(b.teamName ?? '~', 'nl') || order(a.bucket) - order(b.bucket),
    );
  const filters = { team: f.team, category: f.category, area: f.area };
  return chart('backlog', 'meldingen', filters, s, total(rows), out);
}

export async function dueComplianceChart(s: Scope, f: Filters) {
  const [rows, categories] = await sequentially(
    () => caseAnalytics.dueCompliance(s.tx, facts(s, f), s.today),
    () => caseAnalytics.categoryNames(s.tx, s.tenantId),
  );
  const names = new Map(categories.map((c) => [c.code, c.nameNl]));
  const out = rows.map((r) =>
    suppress(
      {
        categoryCode: r.categoryCode,
        categoryName: names.get(r.categoryCode) ?? r.categoryCode,
        closed: r.closed,
        onTime: r.onTime,
        onTimeShare: share(r.onTime, r.closed),
        open: r.open,
        openOverdue: r.openOverdue,
        drillDown: casesDrill({
          categoryCode: r.categoryCode,
          teamId: f.team,
          overdue: r.openOverdue > 0 ? true : null,
        }),
      },
      // The group is every case the row speaks about, closed and open.
      r.closed + r.open,
      ['closed', 'onTime', 'onTimeShare', 'open', 'openOverdue'],
    ),
  );
  const filters = { from: f.from, to: f.to, team: f.team, category: f.category, area: f.area };
  return chart(
    'due-compliance',
    'meldingen',
    filters,
    s,
    rows.reduce((a, r) => a + r.closed + r.open, 0),
    out,
  );
}

export async function satisfactionChart(s: Scope, f: Filters) {
  const [rows, categories] = await sequentially(
    () => caseAnalytics.satisfactionFacts(s.tx, facts(s, f)),
    () => caseAnalytics.categoryNames(s.tx, s.tenantId),
  );
  const names = new Map(categories.map((c) => [c.code, c.nameNl]));
  const out = rows.map((r) =>
    suppress(
      {
        dimension: r.dimension,
        key: r.key,
        name: r.dimension === 'category' ? (names.get(r.key) ?? r.key) : r.key,
        n: r.n,
        mean: rounded(r.mean, 2),
        satisfiedShare: share(r.satisfied, r.n),
      },
      r.n,
      ['n', 'mean', 'satisfiedShare'],
    ),
  );
  const n = rows.filter((r) => r.dimension === 'channel').reduce((a, r) => a + r.n, 0);
  const filters = { from: f.from, to: f.to, team: f.team, category: f.category, area: f.area };
  return chart('satisfaction', 'kto', filters, s, n, out);
}
