import { useState, type FormEvent } from 'react';
import { hasErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextareaField, TextField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import type { MessageTemplate } from '../caseAdminApi';
import { PLACEHOLDERS, renderPreview, unknownPlaceholders } from './preview';

interface TemplateFormProps {
  template: MessageTemplate;
  errors: FormErrors;
  busy: boolean;
  onSave: (body: { subject: string | null; body: string }) => void;
  onNoChanges: () => void;
  onValidationError: (errors: FormErrors) => void;
}

export function TemplateForm({
  template,
  errors,
  busy,
  onSave,
  onNoChanges,
  onValidationError,
}: TemplateFormProps) {
  const { t } = useI18n();
  const [subject, setSubject] = useState(template.subject ?? '');
  const [body, setBody] = useState(template.body);
  const [unchanged, setUnchanged] = useState(false);
  // Only e-mail and letters have a subject; SMS and WhatsApp are just the text.
  const hasSubject =
    template.subject !== null || template.channel === 'email' || template.channel === 'letter';
  const refs = {
    subject: { id: 'template-subject', label: t('caseAdmin.template.subject') },
    body: { id: 'template-body', label: t('caseAdmin.template.body') },
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (!body.trim()) fields.body = t('form.requiredError', { field: refs.body.label.toLowerCase() });
    const unknown = unknownPlaceholders(`${subject}\n${body}`);
    if (unknown.length) fields.body = t('caseAdmin.template.unknown', { names: unknown.join(', ') });
    const found = { fields, general: [] };
    onValidationError(found);
    if (hasErrors(found)) return;
    const next = { subject: hasSubject ? subject.trim() || null : null, body };
    const changed = next.subject !== template.subject || next.body !== template.body;
    setUnchanged(!changed);
    if (changed) onSave(next);
    else onNoChanges();
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} />
      <Paragraph>{t('caseAdmin.template.placeholders')}</Paragraph>
      <ul className="utrecht-unordered-list bb-placeholder-list">
        {PLACEHOLDERS.map((name) => (
          <li key={name} className="utrecht-unordered-list__item">
            <code>{`{{${name}}}`}</code> {t(`caseAdmin.placeholder.${name}`)}
          </li>
        ))}
      </ul>
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        {hasSubject && (
          <TextField
            id={refs.subject.id}
            label={refs.subject.label}
            optional
            autoComplete="off"
            error={errors.fields.subject}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
        )}
        <TextareaField
          id={refs.body.id}
          label={refs.body.label}
          required
          rows={8}
          error={errors.fields.body}
          value={body}
          onChange={(e) => setBody(e.target.value)}
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
      <section aria-labelledby="template-preview-heading" className="bb-section">
        <Heading level={2} id="template-preview-heading">
          {t('caseAdmin.template.preview')}
        </Heading>
        <Paragraph small>{t('caseAdmin.template.previewHelp')}</Paragraph>
        <div className="bb-template-preview">
          {hasSubject && subject && (
            <p className="utrecht-paragraph">
              <strong>{renderPreview(subject)}</strong>
            </p>
          )}
          <p className="utrecht-paragraph bb-preline">{renderPreview(body)}</p>
        </div>
      </section>
    </>
  );
}
