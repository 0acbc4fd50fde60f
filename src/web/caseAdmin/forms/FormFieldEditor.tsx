import { useI18n } from '../../i18n/I18nProvider';
import { Button, ButtonGroup } from '../../ui/Button';
import { Fieldset } from '../../ui/Fieldset';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../ui/FormField';
import type { PublicFormField } from '../../publicForms/publicApi';

export const FIELD_TYPES = ['text', 'textarea', 'email', 'tel', 'postcode', 'number', 'select'] as const;

interface FormFieldEditorProps {
  index: number;
  field: PublicFormField;
  errors: Record<string, string>;
  onChange: (field: PublicFormField) => void;
  onRemove: () => void;
}

/** One question of an e-form definition: what is asked, how, and why (purpose). */
export function FormFieldEditor({ index, field, errors, onChange, onRemove }: FormFieldEditorProps) {
  const { t } = useI18n();
  const id = (name: string) => `form-field-${index}-${name}`;
  const set = <K extends keyof PublicFormField>(key: K, value: PublicFormField[K]) =>
    onChange({ ...field, [key]: value });
  const legend = t('caseAdmin.form.fieldLegend', { n: index + 1, label: field.labelNl || field.key });
  return (
    <Fieldset legend={legend} id={id('group')}>
      <TextField
        id={id('key')}
        label={t('caseAdmin.form.key')}
        required
        autoComplete="off"
        description={t('caseAdmin.form.keyHelp')}
        error={errors.key}
        value={field.key}
        onChange={(e) => set('key', e.target.value)}
      />
      <TextField
        id={id('labelNl')}
        label={t('caseAdmin.form.label')}
        required
        autoComplete="off"
        error={errors.labelNl}
        value={field.labelNl}
        onChange={(e) => set('labelNl', e.target.value)}
      />
      <SelectField
        id={id('type')}
        label={t('caseAdmin.form.type')}
        required
        error={errors.type}
        value={field.type}
        options={FIELD_TYPES.map((type) => ({ value: type, label: t(`caseAdmin.fieldType.${type}`) }))}
        onChange={(e) => set('type', e.target.value as PublicFormField['type'])}
      />
      <TextField
        id={id('maxLength')}
        label={t('caseAdmin.form.maxLength')}
        required
        inputMode="numeric"
        autoComplete="off"
        error={errors.maxLength}
        value={String(field.maxLength)}
        onChange={(e) => set('maxLength', Number(e.target.value.replace(/\D/g, '') || 0))}
      />
      <TextareaField
        id={id('purposeNl')}
        label={t('caseAdmin.form.purpose')}
        required
        rows={2}
        description={t('caseAdmin.form.purposeHelp')}
        error={errors.purposeNl}
        value={field.purposeNl}
        onChange={(e) => set('purposeNl', e.target.value)}
      />
      <CheckboxField
        id={id('required')}
        label={t('caseAdmin.form.required')}
        checked={field.required}
        onChange={(e) => set('required', e.target.checked)}
      />
      <ButtonGroup>
        <Button appearance="subtle" onClick={onRemove}>
          {t('caseAdmin.form.removeField', { label: field.labelNl || field.key })}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}
