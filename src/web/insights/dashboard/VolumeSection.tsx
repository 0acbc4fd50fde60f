import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { seriesOption } from '../charts/options';
import { num, pct } from '../format';
import type { DashboardFilters, ShiftRow, VolumeRow } from '../types';
import { channelLabel } from './labels';
import { Pending } from './Pending';
import { pivot } from './pivot';
import { useChart } from './useChart';

export function VolumeSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<VolumeRow>('volume', filters);
  const data = query.data;
  const option = useMemo(() => {
    if (!data) return null;
    const { categories, series } = pivot(
      data.rows,
      (r) => r.period,
      (r) => r.channel,
      (r) => r.n,
    );
    return seriesOption(
      categories,
      series.map((s) => ({ name: channelLabel(t, s.key), data: s.data, type: 'line' })),
    );
  }, [data, t]);
  const title = t('insights.volume.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  return (
    <ChartPanel<VolumeRow>
      title={title}
      description={t('insights.volume.about')}
      option={option}
      summary={t('insights.volume.summary', { n: num(lang, data.provenance.n) })}
      rows={data.rows}
      rowKey={(r) => `${r.period}|${r.channel}`}
      columns={[
        { key: 'period', header: t('insights.col.period'), render: (r) => r.period, rowHeader: true },
        { key: 'channel', header: t('insights.col.channel'), render: (r) => channelLabel(t, r.channel) },
        {
          key: 'n',
          header: t('insights.col.contacts'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
      ]}
      csv={{
        filename: 'contactvolume.csv',
        header: ['period', 'channel', 'n', 'suppressed'],
        cells: (r) => [r.period, r.channel, r.n, r.suppressed],
      }}
      provenance={data.provenance}
    />
  );
}

export function ChannelShiftSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<ShiftRow>('channel-shift', filters);
  const data = query.data;
  const option = useMemo(() => {
    if (!data) return null;
    const periods = data.rows.map((r) => r.period);
    return seriesOption(periods, [
      { name: t('insights.shift.digital'), data: data.rows.map((r) => r.digital), stack: 'n' },
      { name: t('insights.shift.personal'), data: data.rows.map((r) => r.personal), stack: 'n' },
      { name: t('insights.shift.other'), data: data.rows.map((r) => r.other), stack: 'n' },
      {
        name: t('insights.shift.share'),
        data: data.rows.map((r) => r.digitalShare),
        type: 'line',
        secondAxis: true,
      },
    ]);
  }, [data, t]);
  const title = t('insights.shift.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  // Suppressed per cell: a hidden cell is null, the others in the row stay readable.
  const cell = (value: number | null, text: string) => (
    <Figure text={text} suppressed={value === null} min={min} />
  );
  return (
    <ChartPanel<ShiftRow>
      title={title}
      description={t('insights.shift.about')}
      option={option}
      summary={t('insights.shift.summary')}
      rows={data.rows}
      rowKey={(r) => r.period}
      columns={[
        { key: 'period', header: t('insights.col.period'), render: (r) => r.period, rowHeader: true },
        {
          key: 'digital',
          header: t('insights.shift.digital'),
          numeric: true,
          render: (r) => cell(r.digital, num(lang, r.digital)),
        },
        {
          key: 'personal',
          header: t('insights.shift.personal'),
          numeric: true,
          render: (r) => cell(r.personal, num(lang, r.personal)),
        },
        {
          key: 'other',
          header: t('insights.shift.other'),
          numeric: true,
          render: (r) => cell(r.other, num(lang, r.other)),
        },
        {
          key: 'total',
          header: t('insights.col.total'),
          numeric: true,
          render: (r) => cell(r.total, num(lang, r.total)),
        },
        {
          key: 'share',
          header: t('insights.shift.share'),
          numeric: true,
          render: (r) => cell(r.digitalShare, pct(lang, r.digitalShare)),
        },
      ]}
      csv={{
        filename: 'kanaalverschuiving.csv',
        header: ['period', 'digital', 'personal', 'other', 'total', 'digitalShare', 'suppressed'],
        cells: (r) => [r.period, r.digital, r.personal, r.other, r.total, r.digitalShare, r.suppressed],
      }}
      provenance={data.provenance}
    />
  );
}
