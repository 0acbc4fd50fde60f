import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { seriesOption } from '../charts/options';
import { num, pct } from '../format';
import type { DashboardFilters, ReasonRow } from '../types';
import { Pending } from './Pending';
import { useChart } from './useChart';

/** Top contact reasons against the previous period, with "publish information" where one grows. */
export function ReasonsSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<ReasonRow>('reasons', filters);
  const data = query.data;
  const option = useMemo(
    () =>
      data &&
      seriesOption(
        data.rows.map((r) => r.topicName),
        [
          { name: t('insights.reasons.now'), data: data.rows.map((r) => r.n) },
          { name: t('insights.reasons.previous'), data: data.rows.map((r) => r.previous) },
        ],
        { horizontal: true },
      ),
    [data, t],
  );
  const title = t('insights.reasons.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  const trendText = (r: ReasonRow) =>
    r.trend.map((p) => (p.n === null ? `< ${min}` : num(lang, p.n))).join(' · ');
  return (
    <ChartPanel<ReasonRow>
      title={title}
      description={t('insights.reasons.about')}
      option={option}
      summary={t('insights.reasons.summary')}
      tall
      rows={data.rows}
      rowKey={(r) => r.topicCode}
      columns={[
        { key: 'topic', header: t('insights.col.topic'), render: (r) => r.topicName, rowHeader: true },
        {
          key: 'n',
          header: t('insights.reasons.now'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
        {
          key: 'previous',
          header: t('insights.reasons.previous'),
          numeric: true,
          render: (r) => num(lang, r.previous),
        },
        {
          key: 'change',
          header: t('insights.reasons.change'),
          numeric: true,
          render: (r) => (r.change === null ? '' : pct(lang, r.change)),
        },
        { key: 'trend', header: t('insights.reasons.trend'), render: trendText },
        {
          key: 'suggest',
          header: t('insights.reasons.suggestion'),
          render: (r) =>
            r.suggestPublish ? (
              <strong>{t('insights.reasons.publish')}</strong>
            ) : r.avoidable ? (
              t('insights.reasons.avoidable')
            ) : (
              ''
            ),
        },
      ]}
      csv={{
        filename: 'contactredenen.csv',
        header: [
          'topicCode',
          'topicName',
          'avoidable',
          'n',
          'previous',
          'change',
          'suggestPublish',
          'suppressed',
        ],
        cells: (r) => [
          r.topicCode,
          r.topicName,
          r.avoidable,
          r.n,
          r.previous,
          r.change,
          r.suggestPublish,
          r.suppressed,
        ],
      }}
      provenance={data.provenance}
    />
  );
}
