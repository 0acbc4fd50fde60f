import { useState, type FormEvent } from 'react';
import type { FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';

export interface FilterField {
  name: string;
  label: string;
  type: 'date' | 'text';
}

interface LogFiltersProps {
  idPrefix: string;
  fields: FilterField[];
  applied: Record<string, string>;
  errors: FormErrors;
  onApply: (values: Record<string, string>) => void;
}

/**
 * A filter form for the log pages. Edits stay local until "Filter toepassen", so the table does
 * not reload (and announce) on every keystroke.
 */
export function LogFilters({ idPrefix, fields, applied, errors, onApply }: LogFiltersProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Record<string, string>>(applied);
  const refs = Object.fromEntries(
    fields.map((f) => [f.name, { id: `${idPrefix}-${f.name}`, label: f.label }]),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const onReset = () => {
    const empty = Object.fromEntries(fields.map((f) => [f.name, '']));
    setDraft(empty);
    onApply(empty);
  };

  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="bb-filters">
      <Heading level={2} id={`${idPrefix}-heading`}>
        {t('filters.title')}
      </Heading>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-filters__form" noValidate onSubmit={onSubmit}>
        <div className="bb-filters__fields">
          {fields.map((field) => (
            <TextField
              key={field.name}
              id={`${idPrefix}-${field.name}`}
              type={field.type}
              label={field.label}
              error={errors.fields[field.name]}
              value={draft[field.name] ?? ''}
              onChange={(e) => setDraft((d) => ({ ...d, [field.name]: e.target.value }))}
            />
          ))}
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary">
            {t('filters.apply')}
          </Button>
          <Button appearance="secondary" onClick={onReset}>
            {t('filters.reset')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
