import { useI18n } from '../i18n/I18nProvider';
import { SelectField, TextareaField, TextField } from '../ui/FormField';
import type { PublicFormField } from './publicApi';

// Above this many characters a field gets a visible counter.
const COUNTER_FROM = 100;

const INPUT_PROPS: Record<string, { type: string; autoComplete?: string; inputMode?: 'numeric' }> = {
  text: { type: 'text' },
  email: { type: 'email', autoComplete: 'email' },
  tel: { type: 'tel', autoComplete: 'tel' },
  postcode: { type: 'text', autoComplete: 'postal-code' },
  number: { type: 'text', inputMode: 'numeric' },
};

// Known keys get the autocomplete token WCAG 1.3.5 asks for.
const AUTOCOMPLETE_BY_KEY: Record<string, string> = { name: 'name', email: 'email', phone: 'tel' };

interface EFormFieldProps {
  field: PublicFormField;
  id: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** One question of an e-form, with why the gemeente asks it as help text. */
export function EFormField({ field, id, value, error, onChange }: EFormFieldProps) {
  const { t, lang } = useI18n();
  const label = (lang === 'en' && field.labelEn) || field.labelNl;
  const description = [field.hintNl, t('publicForms.purpose', { purpose: field.purposeNl })]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    label,
    description,
    error,
    required: field.required,
    optional: !field.required,
  };

  if (field.type === 'select') {
    return (
      <SelectField
        {...common}
        value={value}
        placeholder={t('form.choose')}
        onChange={(e) => onChange(e.target.value)}
        options={(field.options ?? []).map((o) => ({
          value: o.value,
          label: (lang === 'en' && o.labelEn) || o.labelNl,
        }))}
      />
    );
  }

  const counted = field.type === 'textarea' || field.maxLength >= COUNTER_FROM;
  const used = [...value].length;
  const left = field.maxLength - used;
  const describedBy = [`${id}-description`, error && `${id}-error`, counted && `${id}-count`]
    .filter(Boolean)
    .join(' ');
  const counter = counted && (
    <p id={`${id}-count`} className={left < 0 ? 'bb-counter bb-counter--over' : 'bb-counter'}>
      {left >= 0
        ? t('publicForms.charsLeft', { count: left, max: field.maxLength })
        : t('publicForms.charsOver', { count: -left, max: field.maxLength })}
    </p>
  );

  if (field.type === 'textarea') {
    return (
      <div>
        <TextareaField
          {...common}
          rows={5}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
        {counter}
      </div>
    );
  }

  const input = INPUT_PROPS[field.type] ?? INPUT_PROPS.text;
  return (
    <div>
      <TextField
        {...common}
        {...input}
        autoComplete={input?.autoComplete ?? AUTOCOMPLETE_BY_KEY[field.key] ?? 'off'}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {counter}
    </div>
  );
}
