import type { AuditEvent } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { PageHeading } from '../../ui/PageHeading';
import { Pagination } from '../../ui/Pagination';
import { QueryState } from '../../ui/QueryState';
import { LogFilters, type FilterField } from '../LogFilters';
import { useLogList } from '../useLogList';
import { AUDIT_FILTERS, AUDIT_KEY, listAuditEvents } from './auditApi';

const RESULTS = ['success', 'failure', 'denied'] as const;

export function AuditLogPage() {
  const { t, lang } = useI18n();
  const log = useLogList(AUDIT_KEY, AUDIT_FILTERS, listAuditEvents);
  // Known outcomes are translated; an outcome the UI does not know yet is shown as the server sends it.
  const resultLabel = (result: string) =>
    RESULTS.includes(result as (typeof RESULTS)[number])
      ? t(`audit.result.${result as (typeof RESULTS)[number]}`)
      : result;
  const { query } = log;

  const filterFields: FilterField[] = [
    { name: 'from', label: t('filters.from'), type: 'date' },
    { name: 'to', label: t('filters.to'), type: 'date' },
    { name: 'action', label: t('audit.action'), type: 'text' },
    { name: 'actor', label: t('audit.actorFilter'), type: 'text' },
  ];

  const columns: Column<AuditEvent>[] = [
    { key: 'occurredAt', header: t('audit.occurredAt'), render: (e) => formatDateTime(lang, e.occurredAt) },
    { key: 'actor', header: t('audit.actor'), render: (e) => e.actorName ?? e.actorId ?? '' },
    { key: 'action', header: t('audit.action'), render: (e) => <code className="bb-code">{e.action}</code> },
    {
      key: 'object',
      header: t('audit.object'),
      render: (e) => [e.objectType, e.objectId].filter(Boolean).join(' '),
    },
    { key: 'result', header: t('audit.result'), render: (e) => resultLabel(e.result) },
    { key: 'origin', header: t('audit.origin'), render: (e) => e.origin ?? '' },
  ];

  return (
    <>
      <PageHeading>{t('admin.audit')}</PageHeading>
      <LogFilters
        idPrefix="audit-filter"
        fields={filterFields}
        applied={log.filters}
        errors={log.filterErrors}
        onApply={log.apply}
      />
      <QueryState isPending={query.isPending} error={log.loadError} onRetry={() => void query.refetch()} />
      {query.data && (
        <>
          <DataTable
            caption={t('audit.caption')}
            columns={columns}
            rows={query.data.items}
            rowKey={(e) => e.id}
            busy={query.isFetching}
          />
          <Pagination
            page={log.page}
            pageSize={log.pageSize}
            total={query.data.total}
            onPageChange={log.setPage}
          />
        </>
      )}
    </>
  );
}
