import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { HistoryPanel } from './HistoryPanel';
import { PartyPicker, type PartyChoice } from './PartyPicker';
import './contacts.css';

/** Klantcontact for those who may read but not register (beheer): find a resident, see history. */
export function ResidentLookupPage() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<PartyChoice>({ kind: 'none' });
  return (
    <>
      <PageHeading>{t('nav.contacts')}</PageHeading>
      <Paragraph>{t('contacts.lookup.intro')}</Paragraph>
      <div className="bb-kcc">
        <section className="bb-kcc__main" aria-labelledby="lookup-heading">
          <Heading level={2} id="lookup-heading">
            {t('contacts.register.partyHeading')}
          </Heading>
          <PartyPicker choice={choice} onChoose={setChoice} lookupOnly />
        </section>
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
