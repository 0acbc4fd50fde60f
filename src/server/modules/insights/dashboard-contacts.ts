// The contact charts: volume and channel shift, busy hours, waiting and handling times,
// first-contact resolution, avoidable contacts and top reasons. Figures come from the contacts
// module's aggregates; here they are shaped, suppressed and given their drill-down.
import type { Tx } from '../../platform/db/client.js';
import { contactAnalytics } from '../contacts/index.js';
import { caseAnalytics } from '../cases/index.js';
import * as facts from './facts.js';
import { fromFilters } from './facts.js';
import { previousPeriod, type Filters } from './filters.js';
import {
  casesDrill,
  contactsDrill,
  periodDrill,
  provenance,
  rounded,
  share,
  suppress,
  suppressCells,
  MIN_GROUP_SIZE,
  sequentially,
  type Chart,
  type ReadMethod,
} from './present.js';
import type { RollupUse } from './rollup.js';

/** Channels counted as digital in the channel shift; phone and counter are personal. */
export const DIGITAL_CHANNELS: ReadonlySet<string> = new Set([
  'email',
  'eform',
  'whatsapp',
  'chat',
  'social',
  'sms',
]);
export const PERSONAL_CHANNELS: ReadonlySet<string> = new Set(['phone', 'counter']);
/** A reason "grows" when it rises by at least this share and has at least this many contacts. */
export const GROWTH_SHARE = 0.25;
export const GROWTH_MIN_CONTACTS = 20;
export const TOP_REASONS = 20;

export interface Scope {
  tx: Tx;
  tenantId: string;
  demo: boolean;
  today: string;
  /** false: always read the contacts (tests compare both ways). */
  useRollups?: boolean;
  /** Starts the background rollup job when the rollups are missing, building or behind. */
  kick?: () => void;
  /** How this request read the contacts so far (facts.ts fills it in). */
  read?: ReadMethod;
  /** Per period asked: whether the rollups could answer it (asked once per request). */
  rollupUses?: Map<string, Promise<RollupUse>>;
}

const applied = (f: Filters) => ({ ...f, category: undefined });
const chart = <R>(name: string, f: Filters, s: Scope, n: number, rows: R[]): Chart<R> => ({
  chart: name,
  filters: applied(f),
  provenance: provenance('klantcontact', s.demo, n, s.read),
  minGroupSize: MIN_GROUP_SIZE,
  rows,
});
const total = (rows: { n: number }[]) => rows.reduce((a, r) => a + r.n, 0);

export async function volumeChart(s: Scope, f: Filters) {
  const rows = await facts.volume(s, fromFilters(s, f), f.interval);
  return chart(
    'volume',
    f,
    s,
    total(rows),
    rows.map((r) =>
      suppress({ ...r, drillDown: periodDrill(f, r.period, f.interval, r.channel) }, r.n, ['n']),
    ),
  );
}

export async function channelShiftChart(s: Scope, f: Filters) {
  const rows = await facts.volume(s, fromFilters(s, f), f.interval);
  const byPeriod = new Map<string, { digital: number; personal: number; other: number }>();
  for (const r of rows) {
    const p = byPeriod.get(r.period) ?? { digital: 0, personal: 0, other: 0 };
    if (DIGITAL_CHANNELS.has(r.channel)) p.digital += r.n;
    else if (PERSONAL_CHANNELS.has(r.channel)) p.personal += r.n;
    else p.other += r.n;
    byPeriod.set(r.period, p);
  }
  const out = [...byPeriod].map(([period, p]) => {
    // Per cell, not per row: a week with 3 counter visits still shows its digital and phone counts.
    const { cells, total: sum, hidden } = suppressCells(p);
    const digitalShare = cells.digital === null || sum === null ? null : share(p.digital, sum);
    return { period, ...cells, total: sum, digitalShare, suppressed: hidden.length > 0 || sum === null };
  });
  return chart('channel-shift', f, s, total(rows), out);
}

export async function heatmapChart(s: Scope, f: Filters) {
  const rows = await facts.heatmap(s, fromFilters(s, f));
  return chart(
    'heatmap',
    f,
    s,
    total(rows),
    rows.map((r) => suppress(r, r.n, ['n'])),
  );
}

export async function timesChart(s: Scope, f: Filters) {
  const rows = await facts.times(s, fromFilters(s, f));
  const out = rows.map((r) =>
    suppress(
      {
        ...r,
        mean: rounded(r.mean, 1),
        median: rounded(r.median, 1),
        p80: rounded(r.p80, 1),
        p95: rounded(r.p95, 1),
        drillDown: contactsDrill(f, { channel: r.channel }),
      },
      r.n,
      ['n', 'mean', 'median', 'p80', 'p95'],
    ),
  );
  const n = rows.filter((r) => r.measure === 'wait').reduce((a, r) => a + r.n, 0);
  return chart('times', f, s, n, out);
}

async function topicNames(s: Scope) {
  const topics = await contactAnalytics.topicCatalogue(s.tx, s.tenantId);
  return new Map(topics.map((t) => [t.code, t]));
}

export async function resolutionChart(s: Scope, f: Filters) {
  const [rows, names] = await sequentially(
    () => facts.resolution(s, fromFilters(s, f)),
    () => topicNames(s),
  );
  const out = rows.map((r) =>
    suppress(
      {
        topicCode: r.topicCode,
        topicName: names.get(r.topicCode)?.nameNl ?? r.topicCode,
        n: r.n,
        identified: r.identified,
        resolved: r.resolved,
        resolvedShare: share(r.resolved, r.n),
        repeated: r.repeated,
        repeatShare: share(r.repeated, r.identified),
        drillDown: contactsDrill(f, { topicCode: r.topicCode }),
      },
      r.n,
      ['n', 'identified', 'resolved', 'resolvedShare', 'repeated', 'repeatShare'],
    ),
  );
  return chart('resolution', f, s, total(rows), out);
}

export async function avoidableChart(s: Scope, f: Filters) {
  const [rows, names, categories] = await sequentially(
    () => facts.avoidable(s, fromFilters(s, f)),
    () => topicNames(s),
    () => caseAnalytics.categoryNames(s.tx, s.tenantId),
  );
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  const categoryOf = new Map(
    (await caseAnalytics.categoriesOfCases(s.tx, s.tenantId, caseIds)).map((c) => [c.id, c.categoryCode]),
  );
  const categoryName = new Map(categories.map((c) => [c.code, c.nameNl]));
  const groups = new Map<
    string,
    { topicCode: string; categoryCode: string | null; n: number; ids: string[] }
  >();
  for (const r of rows) {
    // A case of another gemeente (or deleted by retention) counts as not linked.
    const categoryCode = (r.caseId && categoryOf.get(r.caseId)) || null;
    const key = `${r.topicCode}\u0000${categoryCode ?? ''}`;
    const g = groups.get(key) ?? { topicCode: r.topicCode, categoryCode, n: 0, ids: [] };
    g.n += r.n;
    if (categoryCode && r.caseId) g.ids.push(r.caseId); // rows come most-asked first
    groups.set(key, g);
  }
  const out = [...groups.values()]
    .sort((a, b) => b.n - a.n || a.topicCode.localeCompare(b.topicCode))
    .map((g) =>
      suppress(
        {
          topicCode: g.topicCode,
          topicName: names.get(g.topicCode)?.nameNl ?? g.topicCode,
          categoryCode: g.categoryCode,
          categoryName: g.categoryCode ? (categoryName.get(g.categoryCode) ?? g.categoryCode) : null,
          n: g.n,
          cases: g.ids.length,
          drillDown: g.categoryCode
            ? casesDrill({ categoryCode: g.categoryCode }, g.ids)
            : contactsDrill(f, { topicCode: g.topicCode }),
        },
        g.n,
        ['n', 'cases'],
      ),
    );
  return chart('avoidable', f, s, total(rows), out);
}

export async function reasonsChart(s: Scope, f: Filters) {
  const [rows, previous, names] = await sequentially(
    () => facts.topicVolume(s, fromFilters(s, f), f.interval),
    () => facts.topicVolume(s, fromFilters(s, previousPeriod(f)), f.interval),
    () => topicNames(s),
  );
  const sum = (list: { topicCode: string; n: number }[]) => {
    const m = new Map<string, number>();
    for (const r of list) m.set(r.topicCode, (m.get(r.topicCode) ?? 0) + r.n);
    return m;
  };
  const now = sum(rows);
  const before = sum(previous);
  const top = [...now].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_REASONS);
  const out = top.map(([code, n]) => {
    const prev = before.get(code) ?? 0;
    const change = prev > 0 ? rounded((n - prev) / prev) : null;
    const trend = rows.filter((r) => r.topicCode === code).map((r) => ({ period: r.period, n: r.n }));
    const grows = n >= GROWTH_MIN_CONTACTS && (prev === 0 || (change !== null && change >= GROWTH_SHARE));
    return suppress(
      {
        topicCode: code,
        topicName: names.get(code)?.nameNl ?? code,
        avoidable: names.get(code)?.avoidable ?? false,
        n,
        previous: prev,
        change,
        trend: trend.map((t) => (t.n < MIN_GROUP_SIZE ? { period: t.period, n: null } : t)),
        suggestPublish: grows,
        drillDown: contactsDrill(f, { topicCode: code }),
      },
      n,
      ['n', 'previous', 'change', 'trend'],
    );
  });
  return chart('reasons', f, s, total(rows), out);
}
