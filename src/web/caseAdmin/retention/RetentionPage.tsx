import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { caseAdminKeys, listRetentionTerms, runRetention, type RetentionRun } from '../caseAdminApi';
import { RetentionTermRow } from './RetentionTermRow';

const TYPES = [
  'contacts',
  'cases',
  'tasks',
  'parties',
  'satisfaction_responses',
  'outbox_messages',
  'mining_logs',
];

/** /beheer/bewaartermijnen — terms per record type and a run-now that shows what it did. */
export function RetentionPage() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const terms = useQuery({ queryKey: caseAdminKeys.retention, queryFn: listRetentionTerms });
  const typeLabel = (type: string) =>
    TYPES.includes(type) ? t(`caseAdmin.record.${type}` as MessageKey) : type;

  const run = useMutation({
    mutationFn: () => runRetention(idempotency.key()),
    onSuccess: () => {
      idempotency.renew();
      void queryClient.invalidateQueries({ queryKey: caseAdminKeys.runs });
    },
  });

  type Count = { type: string; deleted: number; anonymised: number; held: number };
  const counts = (r: RetentionRun): Count[] => Object.entries(r.summary).map(([type, c]) => ({ type, ...c }));
  const columns: Column<Count>[] = [
    { key: 'type', header: t('caseAdmin.retention.type'), rowHeader: true, render: (c) => typeLabel(c.type) },
    { key: 'deleted', header: t('caseAdmin.retention.deleted'), numeric: true, render: (c) => c.deleted },
    {
      key: 'anonymised',
      header: t('caseAdmin.retention.anonymised'),
      numeric: true,
      render: (c) => c.anonymised,
    },
    { key: 'held', header: t('caseAdmin.retention.held'), numeric: true, render: (c) => c.held },
  ];

  return (
    <>
      <PageHeading>{t('caseAdmin.retention')}</PageHeading>
      <Paragraph>{t('caseAdmin.retention.intro')}</Paragraph>
      <QueryState isPending={terms.isPending} error={terms.error} onRetry={() => void terms.refetch()} />
      {terms.data?.map((term) => (
        <RetentionTermRow
          key={`${term.recordType}-${term.version}`}
          term={term}
          label={typeLabel(term.recordType)}
        />
      ))}
      <section aria-labelledby="retention-run-heading" className="bb-section">
        <Heading level={2} id="retention-run-heading">
          {t('caseAdmin.retention.runTitle')}
        </Heading>
        <Paragraph>{t('caseAdmin.retention.runHelp')}</Paragraph>
        <Button appearance="primary" busy={run.isPending} onClick={() => run.mutate()}>
          {run.isPending ? t('caseAdmin.retention.running') : t('caseAdmin.retention.runNow')}
        </Button>
        <div role="status" aria-live="polite">
          {run.data && (
            <DataTable
              caption={t('caseAdmin.retention.result', {
                at: formatDateTime(lang, run.data.finishedAt ?? run.data.startedAt),
              })}
              columns={columns}
              rows={counts(run.data)}
              rowKey={(c) => c.type}
            />
          )}
        </div>
        {run.isError && (
          <Alert type="error" role="alert">
            <Paragraph>{t('caseAdmin.retention.failed')}</Paragraph>
          </Alert>
        )}
      </section>
    </>
  );
}
