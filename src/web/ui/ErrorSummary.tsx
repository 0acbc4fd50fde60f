import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { hasErrors, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from './Alert';
import { Heading } from './Heading';

interface ErrorSummaryProps {
  errors: FormErrors;
  /** Field name -> control id and label, to link each message to its field. */
  fields: Record<string, { id: string; label: string }>;
  /** A sentence under the heading, e.g. that nothing was stored. */
  description?: string;
}

// Receives focus whenever a new set of errors arrives, so keyboard and screen-reader users learn
// at once that the submit failed; each linked message takes them straight to the field.
export function ErrorSummary({ errors, fields, description }: ErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const visible = hasErrors(errors);

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [errors, visible]);

  if (!visible) return null;

  const focusField = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = document.getElementById(id);
    if (!control) return;
    event.preventDefault();
    control.focus();
  };

  return (
    <Alert type="error" ref={ref} tabIndex={-1} aria-labelledby={headingId} className="bb-error-summary">
      <Heading level={2} id={headingId}>
        {t('form.summaryTitle')}
      </Heading>
      {description && <p className="utrecht-paragraph">{description}</p>}
      <ul className="utrecht-unordered-list">
        {Object.entries(errors.fields).map(([name, message]) => {
          const field = fields[name];
          return (
            <li key={name} className="utrecht-unordered-list__item">
              {field ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${field.id}`}
                  onClick={focusField(field.id)}
                >
                  {field.label}: {message}
                </a>
              ) : (
                message
              )}
            </li>
          );
        })}
        {errors.general.map((message, index) => (
          <li key={`general-${index}`} className="utrecht-unordered-list__item">
            {message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
