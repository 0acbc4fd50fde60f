import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, isRole } from '../../../shared/roles';
import type { User } from '../../api/types';
import { hasErrors, missingRequired, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../ui/FormField';
import { Paragraph } from '../../ui/Paragraph';
import type { UserPatch } from './usersApi';

interface UserEditFormProps {
  user: User;
  errors: FormErrors;
  busy: boolean;
  onSave: (patch: UserPatch) => void;
  onNoChanges: () => void;
  onValidationError: (errors: FormErrors) => void;
}

export function UserEditForm({
  user,
  errors,
  busy,
  onSave,
  onNoChanges,
  onValidationError,
}: UserEditFormProps) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<string>(user.role);
  const [active, setActive] = useState(user.active);
  const [unchanged, setUnchanged] = useState(false);

  const fieldRefs = {
    name: { id: 'edit-user-name', label: t('users.name') },
    role: { id: 'edit-user-role', label: t('users.role') },
    active: { id: 'edit-user-active', label: t('users.activeLabel') },
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = missingRequired({ name }, [{ field: 'name', label: fieldRefs.name.label }], (label) =>
      t('form.requiredError', { field: label }),
    );
    onValidationError(missing);
    if (hasErrors(missing) || !isRole(role)) return;
    // Only changed fields are sent, so a concurrent edit of another field is not undone.
    const patch: UserPatch = {};
    if (name.trim() !== user.name) patch.name = name.trim();
    if (role !== user.role) patch.role = role;
    if (active !== user.active) patch.active = active;
    const changed = Object.keys(patch).length > 0;
    setUnchanged(!changed);
    if (changed) onSave(patch);
    else onNoChanges();
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={fieldRefs} />
      <Paragraph>
        {t('users.email')}: {user.email}
      </Paragraph>
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TextField
          id={fieldRefs.name.id}
          label={fieldRefs.name.label}
          required
          autoComplete="off"
          error={errors.fields.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          id={fieldRefs.role.id}
          label={fieldRefs.role.label}
          required
          error={errors.fields.role}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
        />
        <CheckboxField
          id={fieldRefs.active.id}
          label={fieldRefs.active.label}
          error={errors.fields.active}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
        />
        {unchanged && (
          <Paragraph role="status" className="bb-hint">
            {t('form.noChanges')}
          </Paragraph>
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t('form.saving') : t('form.save')}
        </Button>
      </form>
    </>
  );
}
