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
import { CaseData } from './CaseData';
import { CaseMessages } from './CaseMessages';
import { CaseTimeline } from './CaseTimeline';
import {
  CASES_KEY,
  changeCaseStatus,
  getCase,
  setCaseLegalHold,
  updateCase,
  WORK_QUEUE_KEY,
} from './contactsApi';
import type { CasePatch, LegalHoldChange, StatusChange } from './contactsApi';
import { HistoryPanel, historyKey } from './HistoryPanel';
import { LegalHoldForm } from './LegalHoldForm';
import { ReassignForm } from './ReassignForm';
import { StatusForm } from './StatusForm';
import type { Case } from './types';
import './contacts.css';

export type CaseAction =
  | { kind: 'status'; change: StatusChange }
  | { kind: 'assign'; patch: CasePatch }
  | { kind: 'legalHold'; change: LegalHoldChange };

const FIELDS = ['status', 'reason', 'note', 'teamId', 'assigneeId', 'legalHold'] as const;

/** Every action on a case carries the ETag of the loaded case, so any can answer 412. */
function applyAction(id: string, etag: string, action: CaseAction) {
  switch (action.kind) {
    case 'status':
      return changeCaseStatus(id, etag, action.change);
    case 'assign':
      return updateCase(id, etag, action.patch);
    case 'legalHold':
      return setCaseLegalHold(id, etag, action.change);
  }
}

export function CaseDetailPage() {
  const { t } = useI18n();
  const can = useCan();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const editor = useResourceEditor<Case, CaseAction>({
    baseKey: CASES_KEY,
    id,
    fetch: getCase,
    update: applyAction,
    fields: FIELDS,
  });
  const found = editor.query.data?.data;
  const lastAction = editor.save.variables?.kind;

  const run = (action: CaseAction) =>
    editor.save.mutate(action, {
      onSuccess: ({ data }) => {
        // The answer is the case itself; its new event and outgoing message come with a reload.
        void editor.query.refetch();
        void queryClient.invalidateQueries({ queryKey: WORK_QUEUE_KEY });
        // A status change informs the resident: the outgoing contact lands in their history.
        if (data.partyId) void queryClient.invalidateQueries({ queryKey: historyKey(data.partyId) });
      },
    });

  const savedMessage = !editor.saved || !found ? null : savedText();
  function savedText() {
    if (lastAction === 'status')
      return t('contacts.detail.statusSaved', { status: t(`contacts.status.${found!.status}`) });
    if (lastAction === 'legalHold')
      return t(found!.legalHold ? 'contacts.legalHold.setSaved' : 'contacts.legalHold.liftSaved');
    return t('contacts.detail.assignSaved');
  }

  return (
    <>
      <PageHeading>
        {found ? t('contacts.detail.title', { number: found.number }) : t('contacts.queue.title')}
      </PageHeading>
      <Paragraph>
        <RouterLink to="/meldingen">{t('contacts.detail.back')}</RouterLink>
      </Paragraph>
      <QueryState
        isPending={editor.query.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
      <SavedNotice message={savedMessage} />
      {editor.stale && <StaleAlert busy={editor.query.isFetching} onReload={() => void editor.reload()} />}
      {found && (
        <div className="bb-kcc">
          <div className="bb-kcc__main">
            <CaseData item={found} />
            {can('cases:handle') && (
              <>
                <StatusForm
                  key={`status-${editor.version}`}
                  item={found}
                  errors={lastAction === 'status' ? editor.errors : undefined}
                  busy={editor.save.isPending && lastAction === 'status'}
                  onSubmit={(change) => run({ kind: 'status', change })}
                />
                <ReassignForm
                  key={`assign-${editor.version}`}
                  item={found}
                  errors={lastAction === 'assign' ? editor.errors : undefined}
                  busy={editor.save.isPending && lastAction === 'assign'}
                  onSubmit={(patch) => run({ kind: 'assign', patch })}
                />
              </>
            )}
            {can('privacy:manage') && (
              <LegalHoldForm
                key={`hold-${editor.version}`}
                item={found}
                errors={lastAction === 'legalHold' ? editor.errors : undefined}
                busy={editor.save.isPending && lastAction === 'legalHold'}
                onSubmit={(change) => run({ kind: 'legalHold', change })}
              />
            )}
            <CaseTimeline events={found.events ?? []} />
            <CaseMessages messages={found.messages ?? []} />
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
