import type { ProcessingRecord } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { PageHeading } from '../../ui/PageHeading';
import { Pagination } from '../../ui/Pagination';
import { QueryState } from '../../ui/QueryState';
import { LogFilters, type FilterField } from '../LogFilters';
import { useLogList } from '../useLogList';
import { listProcessingRecords, PROCESSING_FILTERS, PROCESSING_KEY } from './processingApi';

export function ProcessingLogPage() {
  const { t, lang } = useI18n();
  const log = useLogList(PROCESSING_KEY, PROCESSING_FILTERS, listProcessingRecords);
  const { query } = log;

  const filterFields: FilterField[] = [
    { name: 'from', label: t('filters.from'), type: 'date' },
    { name: 'to', label: t('filters.to'), type: 'date' },
    { name: 'activity', label: t('processing.activity'), type: 'text' },
  ];

  const columns: Column<ProcessingRecord>[] = [
    { key: 'startedAt', header: t('processing.startedAt'), render: (r) => formatDateTime(lang, r.startedAt) },
    { key: 'activity', header: t('processing.activity'), render: (r) => r.activity },
    { key: 'action', header: t('processing.action'), render: (r) => r.action },
    {
      key: 'subject',
      header: t('processing.subject'),
      render: (r) => [r.subjectType, r.subjectPseudonym].filter(Boolean).join(' '),
    },
    { key: 'status', header: t('processing.status'), render: (r) => r.status },
    {
      key: 'trace',
      header: t('processing.trace'),
      render: (r) => <code className="bb-code">{r.traceId}</code>,
    },
  ];

  return (
    <>
      <PageHeading>{t('admin.processing')}</PageHeading>
      <LogFilters
        idPrefix="processing-filter"
        fields={filterFields}
        applied={log.filters}
        errors={log.filterErrors}
        onApply={log.apply}
      />
      <QueryState isPending={query.isPending} error={log.loadError} onRetry={() => void query.refetch()} />
      {query.data && (
        <>
          <DataTable
            caption={t('processing.caption')}
            columns={columns}
            rows={query.data.items}
            rowKey={(r) => r.id}
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
