import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { SavedNotice } from '../admin/SavedNotice';
import { StaleAlert } from '../admin/StaleAlert';
import { useResourceEditor } from '../admin/useResourceEditor';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { getTask, TASKS_KEY, updateTask, WORK_QUEUE_KEY, type TaskPatch } from './contactsApi';
import { HistoryPanel, historyKey } from './HistoryPanel';
import { codeLabel } from './labels';
import { TaskData } from './TaskData';
import { TaskStatusForm } from './TaskStatusForm';
import type { Task } from './types';
import './contacts.css';

/**
 * One task (a callback request or an internal task), opened from the work queue: its facts, its
 * melding and contact, the resident's history beside it, and the status change (If-Match).
 */
export function TaskDetailPage() {
  const { t } = useI18n();
  const can = useCan();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const editor = useResourceEditor<Task, TaskPatch>({
    baseKey: TASKS_KEY,
    id,
    fetch: getTask,
    update: updateTask,
    fields: ['status', 'result'],
  });
  const found = editor.query.data?.data;

  const save = (patch: TaskPatch) =>
    editor.save.mutate(patch, {
      onSuccess: ({ data }) => {
        void queryClient.invalidateQueries({ queryKey: WORK_QUEUE_KEY });
        if (data.partyId) void queryClient.invalidateQueries({ queryKey: historyKey(data.partyId) });
      },
    });

  return (
    <>
      <PageHeading>
        {found ? codeLabel(t, 'contacts.taskKind', found.kind) : t('contacts.taskDetail.title')}
      </PageHeading>
      <Paragraph>
        <RouterLink to="/meldingen">{t('contacts.detail.back')}</RouterLink>
      </Paragraph>
      <QueryState
        isPending={editor.query.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
      <SavedNotice
        message={
          editor.saved && found
            ? t('contacts.taskDetail.saved', { status: codeLabel(t, 'contacts.taskStatus', found.status) })
            : null
        }
      />
      {editor.stale && <StaleAlert busy={editor.query.isFetching} onReload={() => void editor.reload()} />}
      {found && (
        <div className="bb-kcc">
          <div className="bb-kcc__main">
            <TaskData item={found} />
            {can('cases:handle') && (
              <TaskStatusForm
                key={`status-${editor.version}`}
                item={found}
                errors={editor.errors}
                busy={editor.save.isPending}
                onSubmit={save}
              />
            )}
          </div>
          {found.partyId && can('contacts:read') && (
            <aside className="bb-kcc__aside" aria-label={t('contacts.history.region')}>
              <HistoryPanel partyId={found.partyId} />
            </aside>
          )}
        </div>
      )}
    </>
  );
}
