import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/FormField';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { heatmapOption } from '../charts/options';
import { num, weekday } from '../format';
import type { DashboardFilters, HeatmapRow } from '../types';
import { channelLabel } from './labels';
import { Pending } from './Pending';
import { distinct } from './pivot';
import { useChart } from './useChart';

interface DayRow {
  day: number;
  cells: Map<number, HeatmapRow>;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Busy hours: weekday × hour for one channel at a time (a grid per channel would not fit). */
export function HeatmapSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<HeatmapRow>('heatmap', filters);
  const [chosen, setChosen] = useState('');
  const data = query.data;
  const channels = useMemo(() => distinct((data?.rows ?? []).map((r) => r.channel)), [data]);
  const channel = channels.includes(chosen)
    ? chosen
    : channels.includes('phone')
      ? 'phone'
      : (channels[0] ?? '');
  const model = useMemo(() => {
    const rows = (data?.rows ?? []).filter((r) => r.channel === channel);
    const hourList = rows.map((r) => r.hour);
    const first = hourList.length ? Math.min(...hourList) : 8;
    const last = hourList.length ? Math.max(...hourList) : 17;
    const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const days: DayRow[] = DAYS.map((day) => ({
      day,
      cells: new Map(rows.filter((r) => r.weekday === day).map((r) => [r.hour, r])),
    }));
    const cells: [number, number, number | null][] = rows.map((r) => [r.hour - first, r.weekday - 1, r.n]);
    const max = Math.max(0, ...rows.map((r) => r.n ?? 0));
    const option = heatmapOption(
      hours.map((h) => `${h}:00`),
      DAYS.map((d) => weekday(lang, d)),
      cells,
      max,
    );
    return { hours, days, option, rows };
  }, [data, channel, lang]);
  const title = t('insights.heatmap.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  return (
    <ChartPanel<DayRow>
      title={title}
      description={t('insights.heatmap.about')}
      option={model.option}
      summary={t('insights.heatmap.summary', { channel: channelLabel(t, channel) })}
      caption={t('insights.heatmap.caption', { channel: channelLabel(t, channel) })}
      tall
      rows={model.rows.length ? model.days : []}
      rowKey={(r) => String(r.day)}
      columns={[
        {
          key: 'day',
          header: t('insights.col.weekday'),
          render: (r) => weekday(lang, r.day),
          rowHeader: true,
        },
        ...model.hours.map((hour) => ({
          key: String(hour),
          header: `${hour}:00`,
          numeric: true,
          render: (r: DayRow) => {
            const cell = r.cells.get(hour);
            return cell ? <Figure text={num(lang, cell.n)} suppressed={cell.suppressed} min={min} /> : '0';
          },
        })),
      ]}
      csv={{
        filename: `drukte-${channel}.csv`,
        header: ['channel', 'weekday', 'hour', 'n', 'suppressed'],
        rows: model.rows.map((r) => [r.channel, r.weekday, r.hour, r.n, r.suppressed]),
      }}
      provenance={data.provenance}
    >
      {channels.length > 0 && (
        <SelectField
          id="heatmap-channel"
          label={t('insights.heatmap.channel')}
          value={channel}
          onChange={(event) => setChosen(event.target.value)}
          options={channels.map((c) => ({ value: c, label: channelLabel(t, c) }))}
        />
      )}
    </ChartPanel>
  );
}
