import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button, ButtonGroup } from '../ui/Button';
import { TextField } from '../ui/FormField';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { PARTIES_KEY, searchParties } from './contactsApi';
import { NewPartyForm } from './NewPartyForm';
import { parsePartySearch } from './partySearch';
import { PartyResults } from './PartyResults';
import type { Party } from './types';

export type PartyChoice = { kind: 'none' } | { kind: 'anonymous' } | { kind: 'party'; party: Party };

export const PARTY_SEARCH_ID = 'kcc-party-search';

interface PartyPickerProps {
  choice: PartyChoice;
  onChoose: (choice: PartyChoice) => void;
  error?: string;
  /** Looking up only (no registration): no anonymous choice and no new resident. */
  lookupOnly?: boolean;
}

/** Find the resident with one search box, or choose anonymous, or add a new resident inline. */
export function PartyPicker({ choice, onChoose, error, lookupOnly = false }: PartyPickerProps) {
  const { t } = useI18n();
  const can = useCan();
  const mayCreate = !lookupOnly && can('parties:manage');
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ReturnType<typeof parsePartySearch>>(null);
  const [creating, setCreating] = useState(false);
  const chosenRef = useRef<HTMLDivElement>(null);
  // Focus follows the user's own choice only, not a reset after a registration.
  const focusNext = useRef<'chosen' | 'search' | null>(null);

  const results = useQuery({
    queryKey: [...PARTIES_KEY, 'search', parsed?.search],
    queryFn: ({ signal }) => searchParties(parsed!.search, signal),
    enabled: parsed !== null,
  });

  useEffect(() => {
    if (focusNext.current === 'chosen') chosenRef.current?.focus();
    if (focusNext.current === 'search') document.getElementById(PARTY_SEARCH_ID)?.focus();
    focusNext.current = null;
  }, [choice]);

  const choose = (next: PartyChoice) => {
    focusNext.current = next.kind === 'none' ? 'search' : 'chosen';
    setCreating(false);
    onChoose(next);
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParsed(parsePartySearch(text));
  };

  if (choice.kind !== 'none') {
    return (
      <div>
        <Alert type="info" ref={chosenRef} tabIndex={-1} className="bb-kcc-chosen">
          <Paragraph>
            {choice.kind === 'party'
              ? t('contacts.party.chosen', { name: choice.party.displayName })
              : t('contacts.party.anonymousChosen')}
          </Paragraph>
        </Alert>
        <Button onClick={() => choose({ kind: 'none' })}>{t('contacts.party.change')}</Button>
      </div>
    );
  }

  return (
    <div>
      <form role="search" className="utrecht-form bb-kcc-search" noValidate onSubmit={onSearch}>
        <TextField
          id={PARTY_SEARCH_ID}
          label={t('contacts.party.search')}
          description={t('contacts.party.searchHelp')}
          error={error}
          autoComplete="off"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" busy={results.isFetching}>
          {t('contacts.party.searchButton')}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="bb-live-region">
        {parsed && results.data && (
          <Paragraph>
            {t(results.data.items.length ? 'contacts.party.found' : 'contacts.party.noneFound', {
              count: results.data.total,
              kind: t(`contacts.party.kind.${parsed.kind}`),
            })}
          </Paragraph>
        )}
      </div>
      {parsed && (
        <QueryState isPending={false} error={results.error} onRetry={() => void results.refetch()} />
      )}
      {parsed && results.data && results.data.items.length > 0 && (
        <PartyResults parties={results.data.items} onPick={(party) => choose({ kind: 'party', party })} />
      )}
      {!lookupOnly && (
        <ButtonGroup>
          <Button onClick={() => choose({ kind: 'anonymous' })}>{t('contacts.party.anonymous')}</Button>
          {mayCreate && (
            <Button aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
              {t('contacts.party.new')}
            </Button>
          )}
        </ButtonGroup>
      )}
      {creating && mayCreate && (
        <NewPartyForm
          initialSearch={parsed?.search}
          onCreated={(party) => choose({ kind: 'party', party })}
          onCancel={() => setCreating(false)}
        />
      )}
    </div>
  );
}
