import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { DataTable, type Column } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { ADVICE_KEY, fetchComparison } from './adviceApi';
import { percent, points } from './format';
import { ProfileRights } from './figures/ProfileRights';
import { ProvenanceLine } from './figures/Provenance';
import type { Selection } from './selection';
import type { Catalogue, DatasetComparison } from './types';
import { useNames } from './useAdviceData';
import { WithSelection } from './WithSelection';

const FIELDS = ['dataset', 'datasetB', 'context', 'scheme', 'group', 'phase'] as const;

export function DatasetComparisonPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('advice.nav.compare')}</PageHeading>
      <Paragraph>{t('advice.compare.intro')}</Paragraph>
      <WithSelection
        idPrefix="compare"
        fields={FIELDS}
        labels={{ dataset: t('advice.datasetA'), datasetB: t('advice.datasetB') }}
        submitLabel={t('advice.compare.submit')}
      >
        {(selection, catalogue) => <ComparisonResult selection={selection} catalogue={catalogue} />}
      </WithSelection>
    </>
  );
}

type Row = DatasetComparison['channels'][number];

function ComparisonResult({ selection, catalogue }: { selection: Selection; catalogue: Catalogue }) {
  const { t, lang } = useI18n();
  const names = useNames(catalogue);
  const query = useQuery({
    queryKey: [...ADVICE_KEY, 'comparison', selection],
    queryFn: () => fetchComparison(selection),
    placeholderData: keepPreviousData,
  });
  const result = query.data;
  if (!result) {
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { smallA, smallB } = result;
  const withheld = t('advice.notShown');
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('advice.channel'),
      render: (r) => names.channel(r.code, r.name),
      rowHeader: true,
    },
    {
      key: 'a',
      header: t('advice.compare.shareA'),
      numeric: true,
      render: (r) => (smallA ? withheld : percent(lang, r.shareA)),
    },
    {
      key: 'b',
      header: t('advice.compare.shareB'),
      numeric: true,
      render: (r) => (smallB ? withheld : percent(lang, r.shareB)),
    },
    {
      key: 'difference',
      header: t('advice.compare.difference'),
      numeric: true,
      render: (r) => (smallA || smallB ? withheld : points(lang, r.difference)),
    },
    {
      key: 'significant',
      header: t('advice.compare.significant'),
      // In words (and an icon), never by colour alone.
      render: (r) =>
        r.significant ? (
          <strong className="bb-significant">
            <span aria-hidden="true">◆ </span>
            {t('advice.compare.yes')}
          </strong>
        ) : (
          t('advice.compare.no')
        ),
    },
  ];

  return (
    <section aria-labelledby="compare-heading" aria-busy={query.isFetching || undefined}>
      <QueryState isPending={false} error={query.error} onRetry={() => void query.refetch()} />
      <Heading level={2} id="compare-heading">
        {t('advice.compare.title', {
          group: names.group(selection.scheme, selection.group, result.groupName),
          phase: selection.phase,
          phaseName: names.phase(selection.context, selection.phase),
        })}
      </Heading>
      <Paragraph>{t('advice.compare.help', { alpha: Math.round(result.alpha * 100) })}</Paragraph>
      {(smallA || smallB) && (
        <Alert type="warning">
          <Paragraph>{t('advice.compare.small', { min: result.minCell })}</Paragraph>
        </Alert>
      )}
      <DataTable
        caption={t('advice.compare.caption', {
          a: result.provenanceA.dataset,
          b: result.provenanceB.dataset,
        })}
        columns={columns}
        rows={result.channels}
        rowKey={(r) => r.code}
      />
      <ProvenanceLine label={t('advice.datasetA')} provenance={result.provenanceA} />
      <ProvenanceLine label={t('advice.datasetB')} provenance={result.provenanceB} />
      <ProfileRights catalogue={catalogue} scheme={selection.scheme} />
    </section>
  );
}
