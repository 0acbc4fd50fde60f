import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  hasErrors,
  missingRequired,
  NO_ERRORS,
  problemToFormErrors,
  type FormErrors,
} from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SavedNotice } from '../SavedNotice';
import { useIdempotencyKey } from '../useIdempotencyKey';
import { TEAM_FIELDS, TeamFields, useTeamFieldRefs, type TeamField, type TeamValues } from './TeamFields';
import { createTeam, TEAMS_KEY, type NewTeam } from './teamsApi';

const EMPTY: TeamValues = { name: '', email: '', description: '' };

export function TeamCreateForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const refs = useTeamFieldRefs('new-team');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (team: NewTeam) => createTeam(team, idempotency.key()),
    onSuccess: (team) => {
      idempotency.renew();
      setValues(EMPTY);
      setNotice(t('teams.added', { name: team.name }));
      void queryClient.invalidateQueries({ queryKey: [...TEAMS_KEY, 'list'] });
    },
    onError: (error) => setErrors(problemToFormErrors(error, TEAM_FIELDS, t('form.genericError'))),
  });

  const onChange = (field: TeamField, value: string) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setNotice(null);
    const missing = missingRequired(values, [{ field: 'name', label: refs.name.label }], (label) =>
      t('form.requiredError', { field: label }),
    );
    setErrors(missing);
    if (hasErrors(missing)) return;
    const email = values.email.trim();
    const description = values.description.trim();
    // Empty optional fields are left out: the API rejects "" where it expects an e-mail address.
    create.mutate({
      name: values.name.trim(),
      ...(email ? { email } : {}),
      ...(description ? { description } : {}),
    });
  };

  return (
    <>
      <SavedNotice message={notice} />
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TeamFields prefix="new-team" values={values} errors={errors} onChange={onChange} />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('teams.add')}
        </Button>
      </form>
    </>
  );
}
