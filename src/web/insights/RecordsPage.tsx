import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { getJson, withQuery } from '../api/http';
import type { PageOf } from '../api/types';
import { useCan } from '../auth/SessionContext';
import { codeLabel } from '../contacts/labels';
import type { Case, Contact } from '../contacts/types';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { ForbiddenPage } from '../sections/MessagePage';
import { DataTable } from '../ui/DataTable';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Pagination } from '../ui/Pagination';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { seconds } from './format';

// Only what the list endpoints accept (docs/insights.md, drillDown.query); anything else is dropped.
const CONTACT_PARAMS = ['channel', 'topicCode', 'topicGroup', 'from', 'to'];
const CASE_PARAMS = ['status', 'teamId', 'categoryCode', 'overdue'];
const PAGE_SIZE = 50;

function pick(params: URLSearchParams, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])));
}

/** The records behind a dashboard figure, for users who may read them. */
export function RecordsPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const resource = params.get('resource') === 'cases' ? 'cases' : 'contacts';
  if (!can(resource === 'cases' ? 'cases:read' : 'contacts:read')) return <ForbiddenPage />;
  const page = Number(params.get('page') ?? '1') || 1;
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 20);
  const setPage = (next: number) => {
    const copy = new URLSearchParams(params);
    copy.set('page', String(next));
    setParams(copy);
  };
  return (
    <>
      <PageHeading>
        {t(resource === 'cases' ? 'insights.records.cases' : 'insights.records.contacts')}
      </PageHeading>
      <Paragraph>{t('insights.records.intro')}</Paragraph>
      {resource === 'contacts' ? (
        <ContactRecords query={pick(params, CONTACT_PARAMS)} page={page} onPage={setPage} />
      ) : (
        <CaseRecords query={pick(params, CASE_PARAMS)} ids={ids} page={page} onPage={setPage} />
      )}
    </>
  );
}

interface ListProps {
  query: Record<string, string>;
  page: number;
  onPage: (page: number) => void;
}

function ContactRecords({ query, page, onPage }: ListProps) {
  const { t, lang } = useI18n();
  const result = useQuery({
    queryKey: ['insights-records', 'contacts', query, page],
    queryFn: () =>
      getJson<PageOf<Contact>>(withQuery('/api/v1/contacts', { ...query, page, pageSize: PAGE_SIZE })),
  });
  return (
    <>
      <QueryState isPending={result.isPending} error={result.error} onRetry={() => void result.refetch()} />
      {result.data && (
        <>
          <DataTable<Contact>
            caption={t('insights.records.contacts')}
            rows={result.data.items}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'at',
                header: t('insights.col.occurredAt'),
                render: (c) => formatDateTime(lang, c.occurredAt),
                rowHeader: true,
              },
              {
                key: 'channel',
                header: t('insights.col.channel'),
                render: (c) => codeLabel(t, 'contacts.channel', c.channel),
              },
              { key: 'topic', header: t('insights.col.topic'), render: (c) => c.topicName ?? '' },
              {
                key: 'outcome',
                header: t('insights.col.outcome'),
                render: (c) => codeLabel(t, 'contacts.outcome', c.outcome),
              },
              {
                key: 'wait',
                header: t('insights.col.wait'),
                render: (c) => seconds(lang, c.waitSeconds),
                numeric: true,
              },
              {
                key: 'case',
                header: t('insights.col.case'),
                render: (c) =>
                  c.caseId && (
                    <RouterLink to={`/meldingen/${c.caseId}`}>{t('insights.records.openCase')}</RouterLink>
                  ),
              },
            ]}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={result.data.total} onPageChange={onPage} />
        </>
      )}
    </>
  );
}

function CaseRecords({ query, ids, page, onPage }: ListProps & { ids: string[] }) {
  const { t, lang } = useI18n();
  const result = useQuery({
    queryKey: ['insights-records', 'cases', query, ids, page],
    // A chart about specific cases names them (ids); otherwise the list narrows by the query.
    queryFn: async (): Promise<PageOf<Case>> => {
      if (ids.length === 0) {
        return getJson<PageOf<Case>>(withQuery('/api/v1/cases', { ...query, page, pageSize: PAGE_SIZE }));
      }
      const items = await Promise.all(
        ids.map((id) => getJson<Case>(`/api/v1/cases/${encodeURIComponent(id)}`)),
      );
      return { items, page: 1, pageSize: items.length, total: items.length };
    },
  });
  return (
    <>
      <QueryState isPending={result.isPending} error={result.error} onRetry={() => void result.refetch()} />
      {result.data && (
        <>
          <DataTable<Case>
            caption={t('insights.records.cases')}
            rows={result.data.items}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'number',
                header: t('insights.col.caseNumber'),
                render: (c) => <RouterLink to={`/meldingen/${c.id}`}>{c.number}</RouterLink>,
                rowHeader: true,
              },
              {
                key: 'category',
                header: t('insights.col.category'),
                render: (c) => c.categoryName ?? c.categoryCode,
              },
              {
                key: 'status',
                header: t('insights.col.status'),
                render: (c) => codeLabel(t, 'contacts.status', c.status),
              },
              { key: 'due', header: t('insights.col.due'), render: (c) => formatDate(lang, c.dueDate) },
              {
                key: 'overdue',
                header: t('insights.col.overdue'),
                render: (c) => (c.overdue ? t('insights.yes') : t('insights.no')),
              },
            ]}
          />
          {ids.length === 0 && (
            <Pagination page={page} pageSize={PAGE_SIZE} total={result.data.total} onPageChange={onPage} />
          )}
        </>
      )}
    </>
  );
}
