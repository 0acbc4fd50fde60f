import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { seriesOption } from '../charts/options';
import { num, pct } from '../format';
import type { BacklogRow, DashboardFilters, DueRow, SatisfactionRow } from '../types';
import { channelLabel } from './labels';
import { Pending } from './Pending';
import { pivot } from './pivot';
import { useChart } from './useChart';

const BUCKETS = ['0-2', '3-7', '8-14', '15-30', '31+'];

/** Open meldingen today by team and age (days since they came in). */
export function BacklogSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<BacklogRow>('backlog', filters);
  const data = query.data;
  const team = (r: BacklogRow) => r.teamName ?? t('insights.backlog.noTeam');
  const option = useMemo(() => {
    if (!data) return null;
    const { categories, series } = pivot(
      data.rows,
      team,
      (r) => r.bucket,
      (r) => r.n,
    );
    const ordered = BUCKETS.flatMap((b) => series.filter((s) => s.key === b));
    return seriesOption(
      categories,
      ordered.map((s) => ({
        name: t('insights.backlog.days', { bucket: s.key }),
        data: s.data,
        stack: 'age',
      })),
      { horizontal: true },
    );
  }, [data, t]);
  const title = t('insights.backlog.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  return (
    <ChartPanel<BacklogRow>
      title={title}
      description={t('insights.backlog.about')}
      option={option}
      summary={t('insights.backlog.summary')}
      rows={data.rows}
      rowKey={(r) => `${r.teamId ?? ''}|${r.bucket}`}
      columns={[
        { key: 'team', header: t('insights.col.team'), render: team, rowHeader: true },
        {
          key: 'bucket',
          header: t('insights.backlog.age'),
          render: (r) => t('insights.backlog.days', { bucket: r.bucket }),
        },
        {
          key: 'n',
          header: t('insights.backlog.open'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
        {
          key: 'overdue',
          header: t('insights.col.overdue'),
          numeric: true,
          render: (r) => <Figure text={num(lang, r.overdue)} suppressed={r.suppressed} min={min} />,
        },
      ]}
      csv={{
        filename: 'werkvoorraad.csv',
        header: ['teamId', 'teamName', 'bucket', 'n', 'overdue', 'suppressed'],
        cells: (r) => [r.teamId, r.teamName, r.bucket, r.n, r.overdue, r.suppressed],
      }}
      provenance={data.provenance}
    />
  );
}

/** Closed on or before the due date, per category, and the open cases already overdue. */
export function DueSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<DueRow>('due-compliance', filters);
  const data = query.data;
  const option = useMemo(
    () =>
      data &&
      seriesOption(
        data.rows.map((r) => r.categoryName),
        [{ name: t('insights.due.onTime'), data: data.rows.map((r) => r.onTimeShare) }],
        { horizontal: true, percent: true },
      ),
    [data, t],
  );
  const title = t('insights.due.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  const cell = (r: DueRow, text: string) => <Figure text={text} suppressed={r.suppressed} min={min} />;
  return (
    <ChartPanel<DueRow>
      title={title}
      description={t('insights.due.about')}
      option={option}
      summary={t('insights.due.summary')}
      rows={data.rows}
      rowKey={(r) => r.categoryCode}
      columns={[
        {
          key: 'category',
          header: t('insights.col.category'),
          render: (r) => r.categoryName,
          rowHeader: true,
        },
        {
          key: 'closed',
          header: t('insights.due.closed'),
          numeric: true,
          render: (r) => cell(r, num(lang, r.closed)),
        },
        {
          key: 'onTime',
          header: t('insights.due.onTime'),
          numeric: true,
          render: (r) => cell(r, pct(lang, r.onTimeShare)),
        },
        {
          key: 'open',
          header: t('insights.backlog.open'),
          numeric: true,
          render: (r) => cell(r, num(lang, r.open)),
        },
        {
          key: 'overdue',
          header: t('insights.col.overdue'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.openOverdue)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
      ]}
      csv={{
        filename: 'termijnnaleving.csv',
        header: [
          'categoryCode',
          'categoryName',
          'closed',
          'onTime',
          'onTimeShare',
          'open',
          'openOverdue',
          'suppressed',
        ],
        cells: (r) => [
          r.categoryCode,
          r.categoryName,
          r.closed,
          r.onTime,
          r.onTimeShare,
          r.open,
          r.openOverdue,
          r.suppressed,
        ],
      }}
      provenance={data.provenance}
    />
  );
}

/** KTO: mean score and share satisfied (4–5), by channel and by category. */
export function SatisfactionSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<SatisfactionRow>('satisfaction', filters);
  const data = query.data;
  const name = (r: SatisfactionRow) => (r.dimension === 'channel' ? channelLabel(t, r.key) : r.name);
  const option = useMemo(
    () =>
      data &&
      seriesOption(
        data.rows.map(name),
        [{ name: t('insights.kto.satisfied'), data: data.rows.map((r) => r.satisfiedShare) }],
        { horizontal: true, percent: true },
      ),
    [data, t],
  );
  const title = t('insights.kto.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  const cell = (r: SatisfactionRow, text: string) => (
    <Figure text={text} suppressed={r.suppressed} min={min} />
  );
  return (
    <ChartPanel<SatisfactionRow>
      title={title}
      description={t('insights.kto.about')}
      option={option}
      summary={t('insights.kto.summary')}
      rows={data.rows}
      rowKey={(r) => `${r.dimension}|${r.key}`}
      columns={[
        { key: 'name', header: t('insights.kto.group'), render: name, rowHeader: true },
        {
          key: 'dimension',
          header: t('insights.kto.dimension'),
          render: (r) => t(r.dimension === 'channel' ? 'insights.col.channel' : 'insights.col.category'),
        },
        {
          key: 'n',
          header: t('insights.kto.answers'),
          numeric: true,
          render: (r) => cell(r, num(lang, r.n)),
        },
        {
          key: 'mean',
          header: t('insights.kto.mean'),
          numeric: true,
          render: (r) => cell(r, num(lang, r.mean, 1)),
        },
        {
          key: 'satisfied',
          header: t('insights.kto.satisfied'),
          numeric: true,
          render: (r) => cell(r, pct(lang, r.satisfiedShare)),
        },
      ]}
      csv={{
        filename: 'kto.csv',
        header: ['dimension', 'key', 'name', 'n', 'mean', 'satisfiedShare', 'suppressed'],
        cells: (r) => [r.dimension, r.key, r.name, r.n, r.mean, r.satisfiedShare, r.suppressed],
      }}
      provenance={data.provenance}
    />
  );
}
