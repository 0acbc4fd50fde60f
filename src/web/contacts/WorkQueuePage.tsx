import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { DataTable } from '../ui/DataTable';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { RadioGroup } from '../ui/RadioGroup';
import { getWorkQueue, WORK_QUEUE_KEY } from './contactsApi';
import { codeLabel } from './labels';
import type { WorkItem } from './types';
import './contacts.css';

type Scope = 'team' | 'mine';

/** Earliest due date first; items without a due date last (the server sorts too, this is a guard). */
export function byDueDate(a: WorkItem, b: WorkItem): number {
  if (a.dueDate === b.dueDate) return 0;
  if (!a.dueDate) return 1;
  if (!b.dueDate) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/** The behandelaar's work: meldingen and tasks of my team or assigned to me, by due date. */
export function WorkQueuePage() {
  const { t, lang } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const scope: Scope = params.get('scope') === 'mine' ? 'mine' : 'team';
  const query = useQuery({ queryKey: [...WORK_QUEUE_KEY, scope], queryFn: () => getWorkQueue(scope) });
  const items = [...(query.data?.items ?? [])].sort(byDueDate);

  return (
    <>
      <PageHeading>{t('contacts.queue.title')}</PageHeading>
      {can('contacts:register') && (
        <Paragraph>
          <RouterLink to="/klantcontact">{t('contacts.queue.registerLink')}</RouterLink>
        </Paragraph>
      )}
      <div className="bb-filters">
        <RadioGroup
          id="queue-scope"
          name="scope"
          legend={t('contacts.queue.scope')}
          value={scope}
          options={(['team', 'mine'] as const).map((value) => ({
            value,
            label: t(`contacts.queue.scope.${value}`),
          }))}
          onChange={(value) => setParams(value === 'mine' ? { scope: 'mine' } : {}, { replace: true })}
        />
      </div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable<WorkItem>
          caption={t('contacts.queue.caption')}
          rows={items}
          rowKey={(item) => `${item.type}-${item.id}`}
          busy={query.isFetching}
          columns={[
            {
              key: 'number',
              header: t('contacts.queue.number'),
              rowHeader: true,
              render: (item) =>
                item.type === 'case' ? (
                  <RouterLink to={`/meldingen/${encodeURIComponent(item.id)}`}>
                    {item.number ?? item.id}
                  </RouterLink>
                ) : (
                  <RouterLink to={`/meldingen/taken/${encodeURIComponent(item.id)}`}>
                    {item.number ?? t('contacts.queue.type.task')}
                  </RouterLink>
                ),
            },
            {
              key: 'type',
              header: t('contacts.queue.type'),
              render: (item) => t(`contacts.queue.type.${item.type}`),
            },
            { key: 'title', header: t('contacts.queue.titleColumn'), render: (item) => item.title },
            {
              key: 'status',
              header: t('contacts.queue.status'),
              render: (item) =>
                item.type === 'case'
                  ? codeLabel(t, 'contacts.status', item.status)
                  : codeLabel(t, 'contacts.taskStatus', item.status),
            },
            {
              key: 'due',
              header: t('contacts.queue.due'),
              render: (item) => (
                <>
                  {item.dueDate ? formatDate(lang, item.dueDate) : t('contacts.queue.noDue')}
                  {item.overdue && <strong className="bb-overdue"> {t('contacts.queue.overdue')}</strong>}
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
