import { useEffect, useState, type FormEvent } from 'react';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextareaField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { nextStatuses } from './caseStatus';
import type { StatusChange } from './contactsApi';
import { codeLabel } from './labels';
import type { Case } from './types';

interface StatusFormProps {
  item: Case;
  /** Errors of the server's last answer to a status change. */
  errors?: FormErrors;
  busy: boolean;
  onSubmit: (change: StatusChange) => void;
}

/** Moves the case to its next status; on hold needs a reason that the resident will read. */
export function StatusForm({ item, errors, busy, onSubmit }: StatusFormProps) {
  const { t } = useI18n();
  const options = nextStatuses(item.status);
  const [status, setStatus] = useState<string>(options[0] ?? '');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<FormErrors>(NO_ERRORS);

  // After a change has been saved the case has a new status: offer its first next step and
  // clear the texts, without remounting (which would drop keyboard focus).
  useEffect(() => {
    setStatus(nextStatuses(item.status)[0] ?? '');
    setReason('');
    setNote('');
  }, [item.status, item.version]);

  const refs = {
    status: { id: 'case-new-status', label: t('contacts.detail.newStatus') },
    reason: { id: 'case-reason', label: t('contacts.detail.reason') },
    note: { id: 'case-note', label: t('contacts.detail.note') },
  };
  const shown = hasErrors(local) ? local : (errors ?? NO_ERRORS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !status) return;
    const found: FormErrors =
      status === 'on_hold' && !reason.trim()
        ? { fields: { reason: t('contacts.detail.reasonRequired') }, general: [] }
        : NO_ERRORS;
    setLocal(found);
    if (hasErrors(found)) return;
    onSubmit({
      status,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  return (
    <section aria-labelledby="case-status-heading" className="bb-section">
      <Heading level={2} id="case-status-heading">
        {t('contacts.detail.statusHeading')}
      </Heading>
      {options.length === 0 ? (
        <Paragraph>{t('contacts.detail.noTransitions')}</Paragraph>
      ) : (
        <>
          <ErrorSummary errors={shown} fields={refs} />
          <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
            <SelectField
              id={refs.status.id}
              label={refs.status.label}
              required
              error={shown.fields.status}
              value={status}
              options={options.map((value) => ({ value, label: codeLabel(t, 'contacts.status', value) }))}
              onChange={(e) => setStatus(e.target.value)}
            />
            {status === 'on_hold' && (
              <TextareaField
                id={refs.reason.id}
                label={refs.reason.label}
                required
                description={t('contacts.detail.reasonHelp')}
                rows={2}
                error={shown.fields.reason}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
            <TextareaField
              id={refs.note.id}
              label={refs.note.label}
              optional
              rows={2}
              error={shown.fields.note}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <Button type="submit" appearance="primary" busy={busy}>
              {busy ? t('form.saving') : t('contacts.detail.statusSubmit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
