import { useState, type FormEvent } from 'react';
import { useSession } from '../auth/SessionContext';
import { NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import type { CasePatch } from './contactsApi';
import type { Case } from './types';
import { useTeams } from '../admin/teams/useTeams';

interface ReassignFormProps {
  item: Case;
  errors?: FormErrors;
  busy: boolean;
  onSubmit: (patch: CasePatch) => void;
}

const OTHER = 'other';

/** Hands the case to another team, to me, or to nobody in particular (the team picks it up). */
export function ReassignForm({ item, errors = NO_ERRORS, busy, onSubmit }: ReassignFormProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const teams = useTeams();
  const initialAssignee = !item.assigneeId ? '' : item.assigneeId === user.id ? user.id : OTHER;
  const [teamId, setTeamId] = useState(item.teamId ?? '');
  const [assignee, setAssignee] = useState(initialAssignee);
  const [unchanged, setUnchanged] = useState(false);

  const refs = {
    teamId: { id: 'case-team', label: t('contacts.detail.team') },
    assigneeId: { id: 'case-assignee', label: t('contacts.detail.assignee') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Only what changed, so a colleague's concurrent change of the other field is not undone.
    const patch: CasePatch = {};
    // A case always stays with some team once it has one (the API cannot clear it).
    if (teamId && teamId !== item.teamId) patch.teamId = teamId;
    if (assignee !== OTHER && (assignee || null) !== item.assigneeId) patch.assigneeId = assignee || null;
    const changed = Object.keys(patch).length > 0;
    setUnchanged(!changed);
    if (changed) onSubmit(patch);
  };

  const assigneeOptions = [
    { value: user.id, label: t('contacts.detail.me', { name: user.name }) },
    ...(initialAssignee === OTHER ? [{ value: OTHER, label: t('contacts.detail.someoneElse') }] : []),
  ];

  return (
    <section aria-labelledby="case-assign-heading" className="bb-section">
      <Heading level={2} id="case-assign-heading">
        {t('contacts.detail.assignHeading')}
      </Heading>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
        <SelectField
          id={refs.teamId.id}
          label={refs.teamId.label}
          optional
          error={errors.fields.teamId}
          value={teamId}
          placeholder={item.teamId ? undefined : t('contacts.detail.noTeam')}
          options={teams.options}
          onChange={(e) => setTeamId(e.target.value)}
        />
        <SelectField
          id={refs.assigneeId.id}
          label={refs.assigneeId.label}
          optional
          error={errors.fields.assigneeId}
          value={assignee}
          placeholder={t('contacts.detail.nobody')}
          options={assigneeOptions}
          onChange={(e) => setAssignee(e.target.value)}
        />
        {unchanged && (
          <Paragraph role="status" className="bb-hint">
            {t('form.noChanges')}
          </Paragraph>
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t('form.saving') : t('contacts.detail.assignSubmit')}
        </Button>
      </form>
    </section>
  );
}
