import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { seriesOption } from '../charts/options';
import { num, seconds } from '../format';
import type { DashboardFilters, TimesRow } from '../types';
import { channelLabel } from './labels';
import { Pending } from './Pending';
import { useChart } from './useChart';

/** Waiting and handling times per channel: median, p80 and p95 (means hide the long tail). */
export function TimesSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<TimesRow>('times', filters);
  const data = query.data;
  const measureLabel = (r: TimesRow) =>
    t(r.measure === 'wait' ? 'insights.times.wait' : 'insights.times.handle');
  const option = useMemo(() => {
    if (!data) return null;
    const categories = data.rows.map((r) => `${channelLabel(t, r.channel)} – ${measureLabel(r)}`);
    return seriesOption(
      categories,
      [
        { name: t('insights.col.median'), data: data.rows.map((r) => r.median) },
        { name: 'p80', data: data.rows.map((r) => r.p80) },
        { name: 'p95', data: data.rows.map((r) => r.p95) },
      ],
      { horizontal: true },
    );
  }, [data, t]);
  const title = t('insights.times.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  const cell = (r: TimesRow, v: number | null) => (
    <Figure text={seconds(lang, v)} suppressed={r.suppressed} min={min} />
  );
  return (
    <ChartPanel<TimesRow>
      title={title}
      description={t('insights.times.about')}
      option={option}
      summary={t('insights.times.summary')}
      tall
      rows={data.rows}
      rowKey={(r) => `${r.channel}|${r.measure}`}
      columns={[
        {
          key: 'channel',
          header: t('insights.col.channel'),
          render: (r) => channelLabel(t, r.channel),
          rowHeader: true,
        },
        { key: 'measure', header: t('insights.col.measure'), render: measureLabel },
        {
          key: 'n',
          header: t('insights.col.contacts'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
        { key: 'mean', header: t('insights.col.mean'), numeric: true, render: (r) => cell(r, r.mean) },
        { key: 'median', header: t('insights.col.median'), numeric: true, render: (r) => cell(r, r.median) },
        { key: 'p80', header: 'p80', numeric: true, render: (r) => cell(r, r.p80) },
        { key: 'p95', header: 'p95', numeric: true, render: (r) => cell(r, r.p95) },
      ]}
      csv={{
        filename: 'wacht-en-afhandeltijden.csv',
        header: ['channel', 'measure', 'n', 'mean', 'median', 'p80', 'p95', 'suppressed'],
        cells: (r) => [r.channel, r.measure, r.n, r.mean, r.median, r.p80, r.p95, r.suppressed],
      }}
      provenance={data.provenance}
    />
  );
}
