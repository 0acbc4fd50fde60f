import { useState, type FormEvent } from 'react';
import { hasErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import type { PublicFormField } from '../../publicForms/publicApi';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, TextareaField, TextField } from '../../ui/FormField';
import type { FormDefinition, FormInput } from '../caseAdminApi';
import { FormFieldEditor } from './FormFieldEditor';

interface Props {
  definition: FormDefinition;
  errors: FormErrors;
  busy: boolean;
  onSave: (input: FormInput) => void;
  onValidationError: (errors: FormErrors) => void;
}

const NEW_FIELD: PublicFormField = {
  key: '',
  type: 'text',
  labelNl: '',
  required: false,
  maxLength: 200,
  purposeNl: '',
};

/** Title, intro, published, and the list of questions; saved as a whole (PUT with If-Match). */
export function FormDefinitionForm({ definition, errors, busy, onSave, onValidationError }: Props) {
  const { t } = useI18n();
  const [titleNl, setTitle] = useState(definition.titleNl);
  const [introNl, setIntro] = useState(definition.introNl ?? '');
  const [published, setPublished] = useState(definition.published);
  const [fields, setFields] = useState<PublicFormField[]>(definition.fields);
  const refs: Record<string, { id: string; label: string }> = {
    titleNl: { id: 'form-title', label: t('caseAdmin.form.title') },
    introNl: { id: 'form-intro', label: t('caseAdmin.form.intro') },
  };
  fields.forEach((f, i) => {
    refs[`field${i}`] = {
      id: `form-field-${i}-key`,
      label: t('caseAdmin.form.fieldLegend', { n: i + 1, label: f.labelNl || f.key }),
    };
  });

  const fieldErrors = (i: number): Record<string, string> => {
    const f = fields[i];
    if (!f) return {};
    const e: Record<string, string> = {};
    if (!/^[a-zA-Z][a-zA-Z0-9]{0,39}$/.test(f.key)) e.key = t('caseAdmin.form.keyFormat');
    if (!f.labelNl.trim())
      e.labelNl = t('form.requiredError', { field: t('caseAdmin.form.label').toLowerCase() });
    if (!f.purposeNl.trim())
      e.purposeNl = t('form.requiredError', { field: t('caseAdmin.form.purpose').toLowerCase() });
    if (f.maxLength < 1 || f.maxLength > 5000) e.maxLength = t('caseAdmin.form.maxLengthRange');
    return e;
  };
  const [shown, setShown] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setShown(true);
    const found: FormErrors = { fields: {}, general: [] };
    if (!titleNl.trim())
      found.fields.titleNl = t('form.requiredError', { field: refs.titleNl!.label.toLowerCase() });
    fields.forEach((_, i) => {
      const first = Object.values(fieldErrors(i))[0];
      if (first) found.fields[`field${i}`] = first;
    });
    onValidationError(found);
    if (hasErrors(found)) return;
    onSave({ titleNl: titleNl.trim(), introNl: introNl.trim() || null, published, fields });
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TextField
          id={refs.titleNl!.id}
          label={refs.titleNl!.label}
          required
          autoComplete="off"
          error={errors.fields.titleNl}
          value={titleNl}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextareaField
          id={refs.introNl!.id}
          label={refs.introNl!.label}
          optional
          rows={3}
          error={errors.fields.introNl}
          value={introNl}
          onChange={(e) => setIntro(e.target.value)}
        />
        <CheckboxField
          id="form-published"
          label={t('caseAdmin.form.published')}
          checked={published}
          onChange={(e) => setPublished(e.target.checked)}
        />
        {fields.map((field, i) => (
          <FormFieldEditor
            key={i}
            index={i}
            field={field}
            errors={shown ? fieldErrors(i) : {}}
            onChange={(next) => setFields((all) => all.map((f, j) => (j === i ? next : f)))}
            onRemove={() => setFields((all) => all.filter((_, j) => j !== i))}
          />
        ))}
        <Button onClick={() => setFields((all) => [...all, { ...NEW_FIELD }])}>
          {t('caseAdmin.form.addField')}
        </Button>
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t('form.saving') : t('form.save')}
        </Button>
      </form>
    </>
  );
}
