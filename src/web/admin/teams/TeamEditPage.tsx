import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { Team } from '../../api/types';
import { hasErrors, missingRequired } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { SavedNotice } from '../SavedNotice';
import { StaleAlert } from '../StaleAlert';
import { useResourceEditor } from '../useResourceEditor';
import { TEAM_FIELDS, TeamFields, useTeamFieldRefs, type TeamField, type TeamValues } from './TeamFields';
import { getTeam, TEAMS_KEY, updateTeam, type TeamPatch } from './teamsApi';

export function TeamEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const editor = useResourceEditor<Team, TeamPatch>({
    baseKey: TEAMS_KEY,
    id,
    fetch: getTeam,
    update: updateTeam,
    fields: TEAM_FIELDS,
  });
  const response = editor.query.data;

  return (
    <>
      <PageHeading>{t('teams.editTitle')}</PageHeading>
      <Paragraph>
        <RouterLink to=".." relative="path">
          {t('form.cancel')}
        </RouterLink>
      </Paragraph>
      <QueryState
        isPending={editor.query.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
      <SavedNotice message={editor.saved ? t('form.saved') : null} />
      {editor.stale && <StaleAlert busy={editor.query.isFetching} onReload={() => void editor.reload()} />}
      {response && (
        <TeamEditForm
          key={editor.version}
          team={response.data}
          editor={editor}
          onSave={(patch) => editor.save.mutate(patch)}
        />
      )}
    </>
  );
}

interface TeamEditFormProps {
  team: Team;
  editor: ReturnType<typeof useResourceEditor<Team, TeamPatch>>;
  onSave: (patch: TeamPatch) => void;
}

function TeamEditForm({ team, editor, onSave }: TeamEditFormProps) {
  const { t } = useI18n();
  const refs = useTeamFieldRefs('edit-team');
  const [values, setValues] = useState<TeamValues>({
    name: team.name,
    email: team.email ?? '',
    description: team.description ?? '',
  });
  const [unchanged, setUnchanged] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (editor.save.isPending) return;
    const missing = missingRequired(values, [{ field: 'name', label: refs.name.label }], (label) =>
      t('form.requiredError', { field: label }),
    );
    editor.setErrors(missing);
    if (hasErrors(missing)) return;
    // Send only what changed; an emptied optional field is cleared with null.
    const patch: TeamPatch = {};
    const name = values.name.trim();
    const email = values.email.trim() || null;
    const description = values.description.trim() || null;
    if (name !== team.name) patch.name = name;
    if (email !== team.email) patch.email = email;
    if (description !== team.description) patch.description = description;
    const changed = Object.keys(patch).length > 0;
    setUnchanged(!changed);
    if (changed) onSave(patch);
    else editor.setSaved(false);
  };

  const onChange = (field: TeamField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <>
      <ErrorSummary errors={editor.errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TeamFields prefix="edit-team" values={values} errors={editor.errors} onChange={onChange} />
        {unchanged && (
          <Paragraph role="status" className="bb-hint">
            {t('form.noChanges')}
          </Paragraph>
        )}
        <Button type="submit" appearance="primary" busy={editor.save.isPending}>
          {editor.save.isPending ? t('form.saving') : t('form.save')}
        </Button>
      </form>
    </>
  );
}
