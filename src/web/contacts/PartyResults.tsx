import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import type { Party } from './types';

/** Search results as a list of buttons: Tab moves through them, Enter or Space picks one. */
export function PartyResults({ parties, onPick }: { parties: Party[]; onPick: (party: Party) => void }) {
  const { t } = useI18n();
  return (
    <ul className="bb-kcc-results" aria-label={t('contacts.party.results')}>
      {parties.map((party) => (
        <li key={party.id} className="bb-kcc-results__item">
          <Button appearance="subtle" onClick={() => onPick(party)}>
            {t('contacts.party.pick', { name: party.displayName })}
          </Button>{' '}
          <span className="bb-kcc-results__details">{details(party)}</span>
        </li>
      ))}
    </ul>
  );
}

function details(party: Party): string {
  const address = [party.street, party.houseNumber, party.houseNumberSuffix].filter(Boolean).join(' ');
  const place = [party.postcode, party.city].filter(Boolean).join(' ');
  return [address, place, party.emails[0], party.phones[0], party.bsnMasked && `BSN ${party.bsnMasked}`]
    .filter(Boolean)
    .join(' · ');
}
