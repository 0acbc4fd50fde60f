import { SCHEMES } from '../../../shared/advice/model';
import type { FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { CheckboxField, SelectField, TextField } from '../../ui/FormField';
import { AREA_KINDS, type AreaMeta } from './areaForm';

interface AreaMetaFieldsProps {
  prefix: string;
  values: AreaMeta;
  errors: FormErrors;
  onChange: (values: AreaMeta) => void;
  /** The normalise checkbox comes after the composition, so it is rendered separately. */
  part: 'head' | 'normalise';
}

export function useAreaFieldRefs(prefix: string) {
  const { t } = useI18n();
  return {
    name: { id: `${prefix}-name`, label: t('advice.area.name') },
    kind: { id: `${prefix}-kind`, label: t('advice.area.kind') },
    scheme: { id: `${prefix}-scheme`, label: t('advice.scheme') },
    normalise: { id: `${prefix}-normalise`, label: t('advice.area.normalise') },
  };
}

export function AreaMetaFields({ prefix, values, errors, onChange, part }: AreaMetaFieldsProps) {
  const { t } = useI18n();
  const refs = useAreaFieldRefs(prefix);
  const set = <K extends keyof AreaMeta>(key: K, value: AreaMeta[K]) => onChange({ ...values, [key]: value });
  if (part === 'normalise') {
    return (
      <CheckboxField
        id={refs.normalise.id}
        label={refs.normalise.label}
        description={t('advice.area.normaliseHelp')}
        error={errors.fields.normalise}
        checked={values.normalise}
        onChange={(e) => set('normalise', e.target.checked)}
      />
    );
  }
  return (
    <>
      <TextField
        id={refs.name.id}
        label={refs.name.label}
        required
        autoComplete="off"
        error={errors.fields.name}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
      />
      <SelectField
        id={refs.kind.id}
        label={refs.kind.label}
        error={errors.fields.kind}
        value={values.kind}
        options={AREA_KINDS.map((k) => ({ value: k, label: t(`advice.area.kind.${k}`) }))}
        onChange={(e) => set('kind', e.target.value as AreaMeta['kind'])}
      />
      <SelectField
        id={refs.scheme.id}
        label={refs.scheme.label}
        error={errors.fields.scheme}
        value={values.scheme}
        options={SCHEMES.map((s) => ({ value: s, label: t(`advice.scheme.${s}`) }))}
        onChange={(e) => set('scheme', e.target.value as AreaMeta['scheme'])}
      />
    </>
  );
}
