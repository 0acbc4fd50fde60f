import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ChartPanel } from '../insights/charts/ChartPanel';
import { seriesOption } from '../insights/charts/options';
import { num } from '../insights/format';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { duration } from './duration';
import { getBottlenecks, getThroughput, MINING_KEY } from './miningApi';
import type { Bottleneck, MiningFilters } from './types';

interface SectionProps {
  logId: string;
  filters: MiningFilters;
}

type Bin = { fromMs: number; toMs: number; count: number };

const label = (lang: Parameters<typeof duration>[0]) => (b: Bin) =>
  `${duration(lang, b.fromMs)} – ${duration(lang, b.toMs)}`;

/** Throughput time (first to last event of a case) as a histogram with its median and p80. */
export function ThroughputSection({ logId, filters }: SectionProps) {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: [...MINING_KEY, logId, 'throughput', filters],
    queryFn: () => getThroughput(logId, filters),
  });
  const data = query.data;
  const binLabel = label(lang);
  const option = useMemo(
    () =>
      data &&
      seriesOption(data.bins.map(label(lang)), [
        { name: t('mining.col.cases'), data: data.bins.map((b) => b.count) },
      ]),
    [data, t, lang],
  );
  if (!data)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  return (
    <ChartPanel<Bin>
      title={t('mining.throughput.title')}
      option={option}
      summary={t('mining.throughput.summary', { median: duration(lang, data.medianMs) })}
      rows={data.bins}
      rowKey={(b) => String(b.fromMs)}
      columns={[
        { key: 'range', header: t('mining.throughput.range'), render: binLabel, rowHeader: true },
        { key: 'count', header: t('mining.col.cases'), numeric: true, render: (b) => num(lang, b.count) },
      ]}
      csv={{
        filename: 'doorlooptijd.csv',
        header: ['fromMs', 'toMs', 'count'],
        cells: (b) => [b.fromMs, b.toMs, b.count],
      }}
    >
      <Paragraph>
        {t('mining.throughput.stats', {
          mean: duration(lang, data.meanMs),
          median: duration(lang, data.medianMs),
          p80: duration(lang, data.p80Ms),
          max: duration(lang, data.maxMs),
        })}
      </Paragraph>
    </ChartPanel>
  );
}

/** Edges ranked by the total waiting time they cause (mean waiting time × how often). */
export function BottlenecksSection({ logId, filters }: SectionProps) {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: [...MINING_KEY, logId, 'bottlenecks', filters],
    queryFn: () => getBottlenecks(logId, filters),
  });
  const data = query.data;
  const name = (b: Bottleneck) => `${b.from} → ${b.to}`;
  const option = useMemo(
    () =>
      data &&
      seriesOption(
        data.items.map(name),
        [
          {
            name: t('mining.bottlenecks.scoreDays'),
            data: data.items.map((b) => (b.scoreMs === null ? null : b.scoreMs / 86_400_000)),
          },
        ],
        { horizontal: true },
      ),
    [data, t],
  );
  if (!data)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  return (
    <ChartPanel<Bottleneck>
      title={t('mining.bottlenecks.title')}
      description={t('mining.bottlenecks.about')}
      option={option}
      summary={t('mining.bottlenecks.summary')}
      tall
      rows={data.items}
      rowKey={name}
      columns={[
        { key: 'edge', header: t('mining.bottlenecks.edge'), render: name, rowHeader: true },
        { key: 'count', header: t('mining.col.count'), numeric: true, render: (b) => num(lang, b.count) },
        { key: 'mean', header: t('mining.col.mean'), numeric: true, render: (b) => duration(lang, b.meanMs) },
        {
          key: 'median',
          header: t('mining.col.median'),
          numeric: true,
          render: (b) => duration(lang, b.medianMs),
        },
        {
          key: 'score',
          header: t('mining.bottlenecks.score'),
          numeric: true,
          render: (b) => duration(lang, b.scoreMs),
        },
      ]}
      csv={{
        filename: 'knelpunten.csv',
        header: ['from', 'to', 'count', 'meanMs', 'medianMs', 'scoreMs'],
        cells: (b) => [b.from, b.to, b.count, b.meanMs, b.medianMs, b.scoreMs],
      }}
    />
  );
}
