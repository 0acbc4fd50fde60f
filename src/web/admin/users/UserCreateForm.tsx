import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, isRole } from '../../../shared/roles';
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
import { SelectField, TextField } from '../../ui/FormField';
import { SavedNotice } from '../SavedNotice';
import { useIdempotencyKey } from '../useIdempotencyKey';
import { createUser, USERS_KEY, type NewUser } from './usersApi';

const FIELDS = ['name', 'email', 'role', 'password'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { name: '', email: '', role: '', password: '' };

export function UserCreateForm() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);

  const labels: Record<Field, string> = {
    name: t('users.name'),
    email: t('users.email'),
    role: t('users.role'),
    password: t('users.password'),
  };
  const fieldRefs = Object.fromEntries(FIELDS.map((f) => [f, { id: `new-user-${f}`, label: labels[f] }]));

  const create = useMutation({
    mutationFn: (user: NewUser) => createUser(user, idempotency.key()),
    onSuccess: (user) => {
      idempotency.renew();
      setValues(EMPTY);
      setNotice(t('users.added', { name: user.name }));
      void queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
    },
    onError: (error) => setErrors(problemToFormErrors(error, FIELDS, t('form.genericError'))),
  });

  const update = (field: Field) => (value: string) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setNotice(null);
    const required = (['name', 'email', 'role'] as const).map((field) => ({ field, label: labels[field] }));
    const missing = missingRequired(values, required, (label) => t('form.requiredError', { field: label }));
    setErrors(missing);
    if (hasErrors(missing) || !isRole(values.role)) return;
    create.mutate({
      name: values.name.trim(),
      email: values.email.trim(),
      role: values.role,
      // Left out rather than sent empty: no password means the user signs in through SSO.
      ...(values.password ? { password: values.password } : {}),
    });
  };

  return (
    <>
      <SavedNotice message={notice} />
      <ErrorSummary errors={errors} fields={fieldRefs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="new-user-name"
          label={labels.name}
          required
          autoComplete="off"
          error={errors.fields.name}
          value={values.name}
          onChange={(e) => update('name')(e.target.value)}
        />
        <TextField
          id="new-user-email"
          type="email"
          label={labels.email}
          required
          autoComplete="off"
          error={errors.fields.email}
          value={values.email}
          onChange={(e) => update('email')(e.target.value)}
        />
        <SelectField
          id="new-user-role"
          label={labels.role}
          required
          error={errors.fields.role}
          value={values.role}
          onChange={(e) => update('role')(e.target.value)}
          placeholder={t('form.choose')}
          options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role][lang] }))}
        />
        <TextField
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          label={labels.password}
          optional
          description={t('users.passwordHelp')}
          error={errors.fields.password}
          value={values.password}
          onChange={(e) => update('password')(e.target.value)}
        />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('users.add')}
        </Button>
      </form>
    </>
  );
}
