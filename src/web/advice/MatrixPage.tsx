import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable, type Column } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { ADVICE_KEY, fetchMatrix } from './adviceApi';
import { interval, percent } from './format';
import { ProfileRights } from './figures/ProfileRights';
import { ProvenanceLine } from './figures/Provenance';
import type { Selection } from './selection';
import type { Catalogue, Matrix } from './types';
import { useNames } from './useAdviceData';
import { WithSelection } from './WithSelection';

const FIELDS = ['dataset', 'context', 'scheme', 'phase'] as const;

export function MatrixPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('advice.nav.matrix')}</PageHeading>
      <Paragraph>{t('advice.matrix.intro')}</Paragraph>
      <WithSelection idPrefix="matrix" fields={FIELDS} submitLabel={t('advice.show')}>
        {(selection, catalogue) => <MatrixResult selection={selection} catalogue={catalogue} />}
      </WithSelection>
    </>
  );
}

type GroupRow = Matrix['groups'][number];

function MatrixResult({ selection, catalogue }: { selection: Selection; catalogue: Catalogue }) {
  const { t, lang } = useI18n();
  const names = useNames(catalogue);
  const { dataset, context, scheme, phase } = selection;
  const query = useQuery({
    queryKey: [...ADVICE_KEY, 'matrix', { dataset, context, scheme, phase }],
    queryFn: () => fetchMatrix({ dataset, context, scheme, phase }),
    placeholderData: keepPreviousData,
  });
  const matrix = query.data;

  const groupCell = (g: GroupRow) => {
    const name = names.group(scheme, g.group, g.groupName);
    if (!g.inDataset || g.n === 0) return `${name} – ${t('advice.matrix.noRespondents')}`;
    return g.small ? `${name} – ${t('advice.tooFew', { n: g.n })}` : name;
  };
  const shareCell = (g: GroupRow, code: string) => {
    const figure = g.channels.find((c) => c.code === code);
    if (!figure) return g.n === 0 ? t('advice.notShown') : percent(lang, 0);
    if (figure.share === null) return figure.ci ? interval(lang, figure.ci) : t('advice.notShown');
    return percent(lang, figure.share);
  };

  const columns: Column<GroupRow>[] = matrix
    ? [
        { key: 'group', header: t('advice.group'), render: groupCell, rowHeader: true },
        { key: 'n', header: t('advice.n'), numeric: true, render: (g) => g.n },
        ...matrix.channels.map((c) => ({
          key: c.code,
          header: names.channel(c.code, c.name),
          numeric: true,
          render: (g: GroupRow) => shareCell(g, c.code),
        })),
      ]
    : [];

  return (
    <>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {matrix && (
        <section aria-labelledby="matrix-result-heading" aria-busy={query.isFetching || undefined}>
          <Heading level={2} id="matrix-result-heading">
            {t('advice.matrix.title', {
              phase: matrix.phase,
              phaseName: names.phase(matrix.context, matrix.phase, matrix.phaseName),
            })}
          </Heading>
          <Paragraph>{t('advice.matrix.help', { min: matrix.groups[0]?.minCell ?? 0 })}</Paragraph>
          <DataTable
            caption={t('advice.matrix.caption', {
              context: t(`advice.context.${matrix.context}`),
              scheme: t(`advice.scheme.${matrix.scheme}`),
            })}
            columns={columns}
            rows={matrix.groups}
            rowKey={(g) => g.group}
          />
          <ProvenanceLine provenance={matrix.provenance} />
          <ProfileRights catalogue={catalogue} scheme={matrix.scheme} />
        </section>
      )}
    </>
  );
}
