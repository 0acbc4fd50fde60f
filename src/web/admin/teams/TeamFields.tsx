import type { FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { TextareaField, TextField } from '../../ui/FormField';

export const TEAM_FIELDS = ['name', 'email', 'description'] as const;
export type TeamField = (typeof TEAM_FIELDS)[number];
export type TeamValues = Record<TeamField, string>;

export function useTeamFieldRefs(prefix: string) {
  const { t } = useI18n();
  return {
    name: { id: `${prefix}-name`, label: t('teams.name') },
    email: { id: `${prefix}-email`, label: t('teams.email') },
    description: { id: `${prefix}-description`, label: t('teams.description') },
  };
}

interface TeamFieldsProps {
  prefix: string;
  values: TeamValues;
  errors: FormErrors;
  onChange: (field: TeamField, value: string) => void;
}

/** The inputs shared by the add and edit forms of a team. */
export function TeamFields({ prefix, values, errors, onChange }: TeamFieldsProps) {
  const refs = useTeamFieldRefs(prefix);
  return (
    <>
      <TextField
        id={refs.name.id}
        label={refs.name.label}
        required
        autoComplete="off"
        error={errors.fields.name}
        value={values.name}
        onChange={(e) => onChange('name', e.target.value)}
      />
      <TextField
        id={refs.email.id}
        type="email"
        label={refs.email.label}
        optional
        autoComplete="off"
        error={errors.fields.email}
        value={values.email}
        onChange={(e) => onChange('email', e.target.value)}
      />
      <TextareaField
        id={refs.description.id}
        label={refs.description.label}
        optional
        rows={3}
        error={errors.fields.description}
        value={values.description}
        onChange={(e) => onChange('description', e.target.value)}
      />
    </>
  );
}
