import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { seriesOption } from '../charts/options';
import { num, pct } from '../format';
import type { AvoidableRow, DashboardFilters, ResolutionRow } from '../types';
import { Pending } from './Pending';
import { useChart } from './useChart';

/** First-contact resolution and repeat contacts within 7 days, per topic. */
export function ResolutionSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<ResolutionRow>('resolution', filters);
  const data = query.data;
  const option = useMemo(
    () =>
      data &&
      seriesOption(
        data.rows.map((r) => r.topicName),
        [
          { name: t('insights.resolution.resolved'), data: data.rows.map((r) => r.resolvedShare) },
          { name: t('insights.resolution.repeated'), data: data.rows.map((r) => r.repeatShare) },
        ],
        { horizontal: true, percent: true },
      ),
    [data, t],
  );
  const title = t('insights.resolution.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  const cell = (r: ResolutionRow, text: string) => <Figure text={text} suppressed={r.suppressed} min={min} />;
  return (
    <ChartPanel<ResolutionRow>
      title={title}
      description={t('insights.resolution.about')}
      option={option}
      summary={t('insights.resolution.summary')}
      tall
      rows={data.rows}
      rowKey={(r) => r.topicCode}
      columns={[
        { key: 'topic', header: t('insights.col.topic'), render: (r) => r.topicName, rowHeader: true },
        {
          key: 'n',
          header: t('insights.col.contacts'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
        {
          key: 'resolved',
          header: t('insights.resolution.resolved'),
          numeric: true,
          render: (r) => cell(r, pct(lang, r.resolvedShare)),
        },
        {
          key: 'identified',
          header: t('insights.resolution.identified'),
          numeric: true,
          render: (r) => cell(r, num(lang, r.identified)),
        },
        {
          key: 'repeated',
          header: t('insights.resolution.repeated'),
          numeric: true,
          render: (r) => cell(r, pct(lang, r.repeatShare)),
        },
      ]}
      csv={{
        filename: 'eerstelijnsoplossing.csv',
        header: [
          'topicCode',
          'topicName',
          'n',
          'identified',
          'resolved',
          'resolvedShare',
          'repeated',
          'repeatShare',
          'suppressed',
        ],
        cells: (r) => [
          r.topicCode,
          r.topicName,
          r.n,
          r.identified,
          r.resolved,
          r.resolvedShare,
          r.repeated,
          r.repeatShare,
          r.suppressed,
        ],
      }}
      provenance={data.provenance}
    />
  );
}

/** Avoidable contacts ("waar blijft mijn melding?") and the cases they ask about. */
export function AvoidableSection({ filters }: { filters: DashboardFilters }) {
  const { t, lang } = useI18n();
  const query = useChart<AvoidableRow>('avoidable', filters);
  const data = query.data;
  const label = (r: AvoidableRow) => `${r.topicName} – ${r.categoryName ?? t('insights.avoidable.unlinked')}`;
  const option = useMemo(
    () =>
      data &&
      seriesOption(
        data.rows.map(label),
        [
          { name: t('insights.col.contacts'), data: data.rows.map((r) => r.n) },
          { name: t('insights.avoidable.cases'), data: data.rows.map((r) => r.cases) },
        ],
        { horizontal: true },
      ),
    [data, t],
  );
  const title = t('insights.avoidable.title');
  if (!data) return <Pending title={title} query={query} />;
  const min = data.minGroupSize;
  return (
    <ChartPanel<AvoidableRow>
      title={title}
      description={t('insights.avoidable.about')}
      option={option}
      summary={t('insights.avoidable.summary')}
      rows={data.rows}
      rowKey={(r) => `${r.topicCode}|${r.categoryCode ?? ''}`}
      columns={[
        { key: 'topic', header: t('insights.col.topic'), render: (r) => r.topicName, rowHeader: true },
        {
          key: 'category',
          header: t('insights.col.category'),
          render: (r) => r.categoryName ?? t('insights.avoidable.unlinked'),
        },
        {
          key: 'n',
          header: t('insights.col.contacts'),
          numeric: true,
          render: (r) => <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} />,
        },
        {
          key: 'cases',
          header: t('insights.avoidable.cases'),
          numeric: true,
          render: (r) => (
            <Figure text={num(lang, r.cases)} suppressed={r.suppressed} min={min} drill={r.drillDown} />
          ),
        },
      ]}
      csv={{
        filename: 'vermijdbare-contacten.csv',
        header: ['topicCode', 'topicName', 'categoryCode', 'categoryName', 'n', 'cases', 'suppressed'],
        cells: (r) => [r.topicCode, r.topicName, r.categoryCode, r.categoryName, r.n, r.cases, r.suppressed],
      }}
      provenance={data.provenance}
    />
  );
}
