import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useIdempotencyKey } from '../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, problemToFormErrors, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Fieldset } from '../ui/Fieldset';
import { SelectField, TextField } from '../ui/FormField';
import { createParty, PARTIES_KEY } from './contactsApi';
import { feedbackChannelOptions } from './labels';
import { normalisePhone, type PartySearch } from './partySearch';
import type { NewParty, Party } from './types';

const FIELDS = [
  'givenName',
  'familyName',
  'postcode',
  'houseNumber',
  'emails',
  'phones',
  'bsn',
  'preferredChannel',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function initialValues(search?: PartySearch): Values {
  return {
    givenName: '',
    familyName: search?.q ?? '',
    postcode: search?.postcode ?? '',
    houseNumber: search?.houseNumber ? String(search.houseNumber) : '',
    emails: search?.email ?? '',
    phones: search?.phone ?? '',
    bsn: search?.bsn ?? '',
    preferredChannel: '',
  };
}

/** Validates what the browser can know and builds the POST body, leaving empty fields out. */
function toNewParty(v: Values, t: ReturnType<typeof useI18n>['t']): { party?: NewParty; errors: FormErrors } {
  const fields: Record<string, string> = {};
  if (!v.givenName.trim() && !v.familyName.trim()) fields.familyName = t('contacts.newParty.nameRequired');
  if (v.houseNumber.trim() && !/^\d+$/.test(v.houseNumber.trim()))
    fields.houseNumber = t('contacts.newParty.houseNumberInvalid');
  if (Object.keys(fields).length) return { errors: { fields, general: [] } };
  const text = (value: string) => value.trim() || undefined;
  const phone = text(v.phones);
  const party: NewParty = {
    kind: 'person',
    givenName: text(v.givenName),
    familyName: text(v.familyName),
    postcode: text(v.postcode)?.replace(/\s/g, '').toUpperCase(),
    houseNumber: v.houseNumber.trim() ? Number(v.houseNumber) : undefined,
    emails: text(v.emails) ? [v.emails.trim()] : undefined,
    phones: phone ? [normalisePhone(phone.replace(/[\s.-]/g, ''))] : undefined,
    bsn: text(v.bsn)?.replace(/\D/g, ''),
    preferredChannel: text(v.preferredChannel),
  };
  return { party: JSON.parse(JSON.stringify(party)) as NewParty, errors: NO_ERRORS };
}

interface NewPartyFormProps {
  initialSearch?: PartySearch;
  onCreated: (party: Party) => void;
  onCancel: () => void;
}

export function NewPartyForm({ initialSearch, onCreated, onCancel }: NewPartyFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const [values, setValues] = useState(() => initialValues(initialSearch));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const refs: Record<Field, { id: string; label: string }> = {
    givenName: { id: 'new-party-given-name', label: t('contacts.newParty.givenName') },
    familyName: { id: 'new-party-family-name', label: t('contacts.newParty.familyName') },
    postcode: { id: 'new-party-postcode', label: t('contacts.newParty.postcode') },
    houseNumber: { id: 'new-party-house-number', label: t('contacts.newParty.houseNumber') },
    emails: { id: 'new-party-email', label: t('contacts.newParty.email') },
    phones: { id: 'new-party-phone', label: t('contacts.newParty.phone') },
    bsn: { id: 'new-party-bsn', label: t('contacts.newParty.bsn') },
    preferredChannel: { id: 'new-party-preferred-channel', label: t('contacts.newParty.preferredChannel') },
  };

  const create = useMutation({
    mutationFn: (party: NewParty) => createParty(party, idempotency.key()),
    onSuccess: (party) => {
      idempotency.renew();
      void queryClient.invalidateQueries({ queryKey: PARTIES_KEY });
      onCreated(party);
    },
    onError: (error) => setErrors(problemToFormErrors(error, FIELDS, t('form.genericError'))),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const { party, errors: found } = toNewParty(values, t);
    setErrors(found);
    if (!hasErrors(found) && party) create.mutate(party);
  };

  const set = (field: Field) => (event: { target: { value: string } }) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [field]: event.target.value }));
  };
  const input = (field: Field, extra: Record<string, string> = {}) => (
    <TextField
      id={refs[field].id}
      label={refs[field].label}
      optional
      error={errors.fields[field]}
      value={values[field]}
      onChange={set(field)}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form className="utrecht-form bb-form bb-kcc-new-party" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} fields={refs} />
      <Fieldset legend={t('contacts.newParty.heading')}>
        {input('givenName')}
        {input('familyName')}
        {input('postcode')}
        {input('houseNumber', { inputMode: 'numeric' })}
        {input('emails', { type: 'email' })}
        {input('phones', { type: 'tel' })}
        {input('bsn', { inputMode: 'numeric' })}
        <SelectField
          id={refs.preferredChannel.id}
          label={refs.preferredChannel.label}
          optional
          error={errors.fields.preferredChannel}
          value={values.preferredChannel}
          onChange={set('preferredChannel')}
          placeholder={t('contacts.newParty.noPreference')}
          options={feedbackChannelOptions(t)}
        />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('contacts.newParty.submit')}
        </Button>
        <Button onClick={onCancel}>{t('contacts.newParty.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
