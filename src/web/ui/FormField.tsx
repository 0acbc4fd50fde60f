import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from './classNames';

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  /** Marks a field "(niet verplicht)"; where most fields are required this helps more. */
  optional?: boolean;
  error?: string;
  description?: string;
}

/** aria wiring shared by every control: the error and help text are read with the label. */
function controlAria({ id, error, description, required }: FieldProps) {
  const describedBy = [description && `${id}-description`, error && `${id}-error`].filter(Boolean);
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy.length ? describedBy.join(' ') : undefined,
    'aria-required': required || undefined,
    required,
  } as const;
}

function RequiredMark({ required, optional }: { required?: boolean; optional?: boolean }) {
  const { t } = useI18n();
  if (!required && !optional) return null;
  return <span className="bb-required-mark"> {t(required ? 'form.required' : 'form.optional')}</span>;
}

function FieldShell({
  id,
  label,
  required,
  optional,
  error,
  description,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--distanced',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          <RequiredMark required={required} optional={optional} />
        </label>
      </div>
      {description && (
        <div
          className="utrecht-form-field-description utrecht-form-field__description"
          id={`${id}-description`}
        >
          {description}
        </div>
      )}
      {error && (
        <div
          className="utrecht-form-field-error-message utrecht-form-field__error-message"
          id={`${id}-error`}
        >
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

type TextFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & { ref?: Ref<HTMLInputElement> };

export function TextField({
  id,
  label,
  required,
  optional,
  error,
  description,
  className,
  ...input
}: TextFieldProps) {
  const field = { id, label, required, optional, error, description };
  return (
    <FieldShell {...field}>
      <input
        className={cx(
          'utrecht-textbox',
          'utrecht-textbox--html-input',
          error && 'utrecht-textbox--invalid',
          className,
        )}
        {...controlAria(field)}
        {...input}
      />
    </FieldShell>
  );
}

type TextareaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

export function TextareaField({
  id,
  label,
  required,
  optional,
  error,
  description,
  ...input
}: TextareaFieldProps) {
  const field = { id, label, required, optional, error, description };
  return (
    <FieldShell {...field}>
      <textarea
        className={cx(
          'utrecht-textarea',
          'utrecht-textarea--html-textarea',
          error && 'utrecht-textarea--invalid',
        )}
        {...controlAria(field)}
        {...input}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & {
    options: SelectOption[];
    placeholder?: string;
  };

export function SelectField({
  id,
  label,
  required,
  optional,
  error,
  description,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  const field = { id, label, required, optional, error, description };
  return (
    <FieldShell {...field}>
      <select
        className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
        {...controlAria(field)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

type CheckboxFieldProps = Omit<FieldProps, 'required' | 'optional'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function CheckboxField({ id, label, error, description, ...input }: CheckboxFieldProps) {
  const field = { id, label, error, description };
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--checkbox',
        'utrecht-form-field--distanced',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <input
        type="checkbox"
        className={cx(
          'utrecht-checkbox',
          'utrecht-checkbox--html-input',
          'utrecht-form-field__input',
          error && 'utrecht-checkbox--invalid',
        )}
        {...controlAria(field)}
        {...input}
      />
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div
          className="utrecht-form-field-description utrecht-form-field__description"
          id={`${id}-description`}
        >
          {description}
        </div>
      )}
      {error && (
        <div
          className="utrecht-form-field-error-message utrecht-form-field__error-message"
          id={`${id}-error`}
        >
          {error}
        </div>
      )}
    </div>
  );
}
