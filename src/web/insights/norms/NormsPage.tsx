import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCan } from '../../auth/SessionContext';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/I18nProvider';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { ChartPanel } from '../charts/ChartPanel';
import { Figure } from '../charts/Figure';
import { seriesOption } from '../charts/options';
import { pivot } from '../dashboard/pivot';
import { num, pct, seconds } from '../format';
import { getNormScores, INSIGHTS_KEY, listNorms } from '../insightsApi';
import type { Norm, NormScoreRow, NormSummary } from '../types';
import { NormForm } from './NormForm';

function normText(t: Translate, lang: Language, norm: Norm): string {
  if (norm.kind === 'mean-at-most')
    return t('insights.norms.meanAtMost', { s: seconds(lang, norm.thresholdSeconds) });
  return t('insights.norms.shareWithin', { target: pct(lang, norm.target) });
}

function scoreText(lang: Language, norm: Norm | undefined, score: number | null): string {
  return norm?.kind === 'mean-at-most' ? seconds(lang, score) : pct(lang, score);
}

/** Service norms: their weekly score with trend, and (beheerder) their settings. */
export function NormsPage() {
  const { t, lang } = useI18n();
  const can = useCan();
  const norms = useQuery({ queryKey: [...INSIGHTS_KEY, 'norms'], queryFn: listNorms });
  const scores = useQuery({ queryKey: [...INSIGHTS_KEY, 'norm-scores'], queryFn: () => getNormScores({}) });
  const byCode = useMemo(() => new Map((norms.data?.items ?? []).map((n) => [n.code, n])), [norms.data]);
  const name = (code: string) => byCode.get(code)?.nameNl ?? code;
  const option = useMemo(() => {
    if (!scores.data) return null;
    // Shares only: mean waiting time is in seconds and would need its own axis; it is in the table.
    const shares = scores.data.rows.filter((r) => byCode.get(r.normCode)?.kind === 'share-within');
    const { categories, series } = pivot(
      shares,
      (r) => r.week,
      (r) => r.normCode,
      (r) => r.score,
    );
    return seriesOption(
      categories,
      series.map((s) => ({ name: byCode.get(s.key)?.nameNl ?? s.key, data: s.data, type: 'line' })),
      { percent: true },
    );
  }, [scores.data, byCode]);
  const min = scores.data?.minGroupSize ?? 5;

  return (
    <>
      <PageHeading>{t('insights.norms.title')}</PageHeading>
      <Paragraph>{t('insights.norms.intro')}</Paragraph>
      <QueryState
        isPending={norms.isPending || scores.isPending}
        error={norms.error ?? scores.error}
        onRetry={() => {
          void norms.refetch();
          void scores.refetch();
        }}
      />
      {scores.data && norms.data && (
        <>
          <DataTable<NormSummary>
            caption={t('insights.norms.summaryCaption')}
            rows={scores.data.norms}
            rowKey={(n) => n.code}
            columns={[
              { key: 'name', header: t('insights.norms.norm'), render: (n) => name(n.code), rowHeader: true },
              {
                key: 'target',
                header: t('insights.norms.value'),
                render: (n) => (byCode.get(n.code) ? normText(t, lang, byCode.get(n.code)!) : ''),
              },
              {
                key: 'latest',
                header: t('insights.norms.latest'),
                numeric: true,
                render: (n) => scoreText(lang, byCode.get(n.code), n.latest),
              },
              {
                key: 'met',
                header: t('insights.norms.met'),
                render: (n) => (n.met === null ? '' : t(n.met ? 'insights.yes' : 'insights.no')),
              },
              {
                key: 'trend',
                header: t('insights.norms.trend'),
                render: (n) => t(`insights.trend.${n.trend}`),
              },
            ]}
          />
          <ChartPanel<NormScoreRow>
            title={t('insights.norms.weekly')}
            option={option}
            summary={t('insights.norms.weeklySummary')}
            rows={scores.data.rows}
            rowKey={(r) => `${r.normCode}|${r.week}`}
            columns={[
              {
                key: 'norm',
                header: t('insights.norms.norm'),
                render: (r) => name(r.normCode),
                rowHeader: true,
              },
              { key: 'week', header: t('insights.col.week'), render: (r) => r.week },
              {
                key: 'n',
                header: t('insights.col.n'),
                numeric: true,
                render: (r) => <Figure text={num(lang, r.n)} suppressed={r.suppressed} min={min} />,
              },
              {
                key: 'score',
                header: t('insights.norms.score'),
                numeric: true,
                render: (r) => (
                  <Figure
                    text={scoreText(lang, byCode.get(r.normCode), r.score)}
                    suppressed={r.suppressed}
                    min={min}
                  />
                ),
              },
              {
                key: 'met',
                header: t('insights.norms.met'),
                render: (r) => (r.met === null ? '' : t(r.met ? 'insights.yes' : 'insights.no')),
              },
            ]}
            csv={{
              filename: 'servicenormen.csv',
              header: ['normCode', 'week', 'n', 'score', 'met', 'suppressed'],
              cells: (r) => [r.normCode, r.week, r.n, r.score, r.met, r.suppressed],
            }}
            provenance={scores.data.provenance}
          />
          {can('insights:configure') && (
            <section aria-labelledby="norms-settings">
              <Heading level={2} id="norms-settings">
                {t('insights.norms.settings')}
              </Heading>
              {norms.data.items.map((norm) => (
                <div key={norm.code} className="bb-norm">
                  <Heading level={3}>{norm.nameNl}</Heading>
                  <Paragraph small>{t('insights.norms.source', { source: norm.source })}</Paragraph>
                  <NormForm norm={norm} />
                </div>
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
