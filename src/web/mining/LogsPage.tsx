import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCan } from '../auth/SessionContext';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { num } from '../insights/format';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { cancelImport, deleteLog, listLogs, MINING_KEY } from './miningApi';
import { ImportProgress } from './ImportProgress';
import { LogSource } from './LogSource';
import type { EventLog } from './types';
import { UploadForm } from './UploadForm';
import './mining.css';

export const MINING_PATH = '/inzichten/procesmining';

/** The event logs of the gemeente: its own cases, imports, and (demo) the public receipt log. */
export function LogsPage() {
  const { t, lang } = useI18n();
  const can = useCan();
  const queryClient = useQueryClient();
  const logs = useQuery({
    queryKey: [...MINING_KEY, 'logs'],
    queryFn: listLogs,
    // While an import runs, poll so its progress moves; stop once nothing is importing.
    refetchInterval: (query) =>
      query.state.data?.items.some((l) => l.status === 'importing') ? 1000 : false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [...MINING_KEY, 'logs'] });
  const cancel = useMutation({ mutationFn: cancelImport, onSettled: refresh });
  const remove = useMutation({ mutationFn: deleteLog, onSettled: refresh });
  const mayImport = can('mining:import');

  return (
    <>
      <PageHeading>{t('mining.title')}</PageHeading>
      <Paragraph>{t('mining.intro')}</Paragraph>
      <QueryState isPending={logs.isPending} error={logs.error} onRetry={() => void logs.refetch()} />
      {logs.data && (
        <DataTable<EventLog>
          caption={t('mining.logs.caption')}
          rows={logs.data.items}
          rowKey={(l) => l.id}
          columns={[
            {
              key: 'name',
              header: t('mining.col.log'),
              rowHeader: true,
              render: (l) =>
                l.status === 'ready' ? (
                  <RouterLink to={`${MINING_PATH}/${encodeURIComponent(l.id)}`}>{l.name}</RouterLink>
                ) : (
                  l.name
                ),
            },
            { key: 'source', header: t('mining.col.source'), render: (l) => <LogSource log={l} /> },
            { key: 'status', header: t('mining.col.status'), render: (l) => <ImportProgress log={l} /> },
            { key: 'cases', header: t('mining.col.cases'), numeric: true, render: (l) => num(lang, l.cases) },
            {
              key: 'events',
              header: t('mining.col.events'),
              numeric: true,
              render: (l) => num(lang, l.events),
            },
            {
              key: 'retain',
              header: t('mining.col.retainUntil'),
              render: (l) =>
                l.retainUntil
                  ? formatDate(lang, l.retainUntil)
                  : l.source === 'cases'
                    ? t('mining.logs.retainCases')
                    : '—',
            },
            {
              key: 'actions',
              header: t('mining.col.actions'),
              render: (l) =>
                mayImport && l.source !== 'cases' ? (
                  l.status === 'importing' ? (
                    <Button onClick={() => cancel.mutate(l.id)} busy={cancel.isPending}>
                      {t('mining.logs.cancel')}
                      <span className="bb-visually-hidden"> {l.name}</span>
                    </Button>
                  ) : (
                    <Button
                      appearance="subtle"
                      onClick={() =>
                        window.confirm(t('mining.logs.confirmDelete', { name: l.name })) &&
                        remove.mutate(l.id)
                      }
                    >
                      {t('mining.logs.delete')}
                      <span className="bb-visually-hidden"> {l.name}</span>
                    </Button>
                  )
                ) : null,
            },
          ]}
        />
      )}
      {mayImport && <UploadForm onUploaded={() => void refresh()} />}
    </>
  );
}
