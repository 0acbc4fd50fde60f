import { useEffect, useState, type FormEvent } from 'react';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextareaField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import type { LegalHoldChange } from './contactsApi';
import type { Case } from './types';

interface LegalHoldFormProps {
  item: Case;
  /** Errors of the server's last answer to a legal hold change. */
  errors?: FormErrors;
  busy: boolean;
  onSubmit: (change: LegalHoldChange) => void;
}

/**
 * Sets or lifts the bewaarplicht (beheerder only). Both need a reason: it lands in the case's
 * timeline, so whoever looks later sees why the case was kept past its retention term.
 */
export function LegalHoldForm({ item, errors, busy, onSubmit }: LegalHoldFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<FormErrors>(NO_ERRORS);
  const refs = { reason: { id: 'case-legal-hold-reason', label: t('contacts.legalHold.reason') } };
  const shown = hasErrors(local) ? local : (errors ?? NO_ERRORS);

  // After a change the hold has flipped: clear the reason for the next one, keeping focus.
  useEffect(() => setReason(''), [item.legalHold, item.version]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FormErrors = reason.trim()
      ? NO_ERRORS
      : { fields: { reason: t('contacts.legalHold.reasonRequired') }, general: [] };
    setLocal(found);
    if (hasErrors(found)) return;
    onSubmit({ legalHold: !item.legalHold, reason: reason.trim() });
  };

  return (
    <section aria-labelledby="case-legal-hold-heading" className="bb-section">
      <Heading level={2} id="case-legal-hold-heading">
        {t('contacts.legalHold.heading')}
      </Heading>
      <Paragraph>{t(item.legalHold ? 'contacts.legalHold.isHeld' : 'contacts.legalHold.notHeld')}</Paragraph>
      <ErrorSummary errors={shown} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
        <TextareaField
          id={refs.reason.id}
          label={refs.reason.label}
          required
          description={t('contacts.legalHold.reasonHelp')}
          rows={2}
          error={shown.fields.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button type="submit" appearance={item.legalHold ? 'secondary' : 'primary'} busy={busy}>
          {busy ? t('form.saving') : t(item.legalHold ? 'contacts.legalHold.lift' : 'contacts.legalHold.set')}
        </Button>
      </form>
    </section>
  );
}
