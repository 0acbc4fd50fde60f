import type { FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField, TextField } from '../../ui/FormField';
import { CASE_KINDS, type Category } from '../caseAdminApi';
import { useTeams } from '../../admin/teams/useTeams';

export const CATEGORY_FIELDS = [
  'code',
  'parentCode',
  'nameNl',
  'nameEn',
  'kind',
  'dueWorkingDays',
  'defaultTeamId',
] as const;
export type CategoryField = (typeof CATEGORY_FIELDS)[number];
export type CategoryValues = Record<CategoryField, string>;

export const EMPTY_CATEGORY: CategoryValues = {
  code: '',
  parentCode: '',
  nameNl: '',
  nameEn: '',
  kind: 'melding',
  dueWorkingDays: '10',
  defaultTeamId: '',
};

export function categoryValues(c: Category): CategoryValues {
  return {
    code: c.code,
    parentCode: c.parentCode ?? '',
    nameNl: c.nameNl,
    nameEn: c.nameEn ?? '',
    kind: c.kind,
    dueWorkingDays: String(c.dueWorkingDays),
    defaultTeamId: c.defaultTeamId ?? '',
  };
}

export function useCategoryRefs(prefix: string) {
  const { t } = useI18n();
  return Object.fromEntries(
    CATEGORY_FIELDS.map((f) => [f, { id: `${prefix}-${f}`, label: t(`caseAdmin.category.${f}`) }]),
  ) as Record<CategoryField, { id: string; label: string }>;
}

/** Client-side checks in the server's words; the server checks again. */
export function checkCategory(values: CategoryValues, t: ReturnType<typeof useI18n>['t']): FormErrors {
  const fields: Record<string, string> = {};
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.code)) fields.code = t('caseAdmin.codeFormat');
  if (!values.nameNl.trim())
    fields.nameNl = t('form.requiredError', { field: t('caseAdmin.category.nameNl').toLowerCase() });
  const due = Number(values.dueWorkingDays);
  if (!/^\d+$/.test(values.dueWorkingDays) || due > 365)
    fields.dueWorkingDays = t('caseAdmin.category.dueRange');
  return { fields, general: [] };
}

interface CategoryFieldsProps {
  prefix: string;
  values: CategoryValues;
  errors: FormErrors;
  /** Possible parents; the code itself is fixed once created. */
  categories: Category[];
  editing: boolean;
  onChange: (field: CategoryField, value: string) => void;
}

export function CategoryFields({
  prefix,
  values,
  errors,
  categories,
  editing,
  onChange,
}: CategoryFieldsProps) {
  const { t } = useI18n();
  const refs = useCategoryRefs(prefix);
  const teams = useTeams();
  const field = (name: CategoryField) => ({
    id: refs[name].id,
    label: refs[name].label,
    error: errors.fields[name],
    value: values[name],
  });
  return (
    <>
      {!editing && (
        <TextField
          {...field('code')}
          required
          autoComplete="off"
          description={t('caseAdmin.codeHelp')}
          onChange={(e) => onChange('code', e.target.value)}
        />
      )}
      <TextField
        {...field('nameNl')}
        required
        autoComplete="off"
        onChange={(e) => onChange('nameNl', e.target.value)}
      />
      <TextField
        {...field('nameEn')}
        optional
        autoComplete="off"
        onChange={(e) => onChange('nameEn', e.target.value)}
      />
      <SelectField
        {...field('parentCode')}
        optional
        placeholder={t('caseAdmin.noParent')}
        options={categories
          .filter((c) => c.code !== values.code)
          .map((c) => ({ value: c.code, label: `${c.nameNl} (${c.code})` }))}
        onChange={(e) => onChange('parentCode', e.target.value)}
      />
      <SelectField
        {...field('kind')}
        required
        options={CASE_KINDS.map((kind) => ({ value: kind, label: t(`caseAdmin.kind.${kind}`) }))}
        onChange={(e) => onChange('kind', e.target.value)}
      />
      <TextField
        {...field('dueWorkingDays')}
        required
        inputMode="numeric"
        autoComplete="off"
        description={t('caseAdmin.category.dueHelp')}
        onChange={(e) => onChange('dueWorkingDays', e.target.value)}
      />
      <SelectField
        {...field('defaultTeamId')}
        optional
        placeholder={t('caseAdmin.noTeam')}
        description={t('caseAdmin.category.defaultTeamHelp')}
        options={teams.options}
        onChange={(e) => onChange('defaultTeamId', e.target.value)}
      />
    </>
  );
}
