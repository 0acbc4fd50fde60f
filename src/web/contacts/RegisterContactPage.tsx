import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { ContactForm } from './ContactForm';
import { HistoryPanel } from './HistoryPanel';
import type { PartyChoice } from './PartyPicker';
import type { Registered } from './useRegisterContact';
import './contacts.css';

/**
 * "Contact registreren": the KCC's one screen. Resident and contact on the left, the resident's
 * history beside it. After a registration the form starts afresh for the next call and focus
 * goes to the confirmation, so a screen-reader user hears the case number.
 */
export function RegisterContactPage() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<PartyChoice>({ kind: 'none' });
  const [result, setResult] = useState<Registered | null>(null);
  const [round, setRound] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const onRegistered = (registered: Registered) => {
    setResult(registered);
    setChoice({ kind: 'none' });
    setRound((r) => r + 1);
  };

  const onChoose = (next: PartyChoice) => {
    setResult(null);
    setChoice(next);
  };

  return (
    <>
      <PageHeading>{t('contacts.register.title')}</PageHeading>
      {result && (
        <Alert type="ok" ref={resultRef} tabIndex={-1} role="status" className="bb-kcc-result">
          <Paragraph>
            {result.caseNumber
              ? t('contacts.register.savedCase', { number: result.caseNumber })
              : result.taskId
                ? t('contacts.register.savedTask')
                : t('contacts.register.saved')}
          </Paragraph>
          {result.caseId && result.caseNumber && (
            <Paragraph>
              <RouterLink to={`/meldingen/${encodeURIComponent(result.caseId)}`}>
                {t('contacts.register.openCase', { number: result.caseNumber })}
              </RouterLink>
            </Paragraph>
          )}
        </Alert>
      )}
      <div className="bb-kcc">
        <div className="bb-kcc__main">
          <ContactForm key={round} choice={choice} onChoose={onChoose} onRegistered={onRegistered} />
        </div>
        <aside className="bb-kcc__aside" aria-label={t('contacts.history.region')}>
          {choice.kind === 'party' ? (
            <HistoryPanel partyId={choice.party.id} />
          ) : (
            <Paragraph className="bb-hint">{t('contacts.history.empty')}</Paragraph>
          )}
        </aside>
      </div>
    </>
  );
}
