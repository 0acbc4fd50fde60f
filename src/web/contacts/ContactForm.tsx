import { useState, type FormEvent } from 'react';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { emptyContact, validateContact, type ContactField, type ContactValues } from './contactFormModel';
import { ContactFields } from './ContactFields';
import { OutcomeFields } from './OutcomeFields';
import { PARTY_SEARCH_ID, PartyPicker, type PartyChoice } from './PartyPicker';
import { stepErrors, useRegisterContact, type Registered } from './useRegisterContact';

interface ContactFormProps {
  choice: PartyChoice;
  onChoose: (choice: PartyChoice) => void;
  onRegistered: (result: Registered) => void;
}

/** The ids and labels of every field, for the error summary's links and for the fields. */
export function useContactFieldRefs(): Record<ContactField, { id: string; label: string }> {
  const { t } = useI18n();
  return {
    partyId: { id: PARTY_SEARCH_ID, label: t('contacts.party.field') },
    // A fieldset cannot take focus; the summary links to its first option instead.
    channel: { id: 'kcc-channel-phone', label: t('contacts.field.channel') },
    direction: { id: 'kcc-direction-in', label: t('contacts.field.direction') },
    topicCode: { id: 'kcc-topic', label: t('contacts.field.topic') },
    summary: { id: 'kcc-summary', label: t('contacts.field.summary') },
    outcome: { id: 'kcc-outcome-answered', label: t('contacts.field.outcome') },
    teamId: { id: 'kcc-team', label: t('contacts.field.team') },
    waitSeconds: { id: 'kcc-wait', label: t('contacts.field.waitSeconds') },
    handleSeconds: { id: 'kcc-handle', label: t('contacts.field.handleSeconds') },
    caseCategory: { id: 'kcc-case-category', label: t('contacts.case.category') },
    caseDescription: { id: 'kcc-case-description', label: t('contacts.case.description') },
    caseLocation: { id: 'kcc-case-location', label: t('contacts.case.location') },
    taskDescription: { id: 'kcc-task-description', label: t('contacts.task.description') },
    taskPhone: { id: 'kcc-task-phone', label: t('contacts.task.phone') },
    taskDue: { id: 'kcc-task-due', label: t('contacts.task.due') },
  };
}

export function ContactForm({ choice, onChoose, onRegistered }: ContactFormProps) {
  const { t } = useI18n();
  const refs = useContactFieldRefs();
  const { mutation, edited } = useRegisterContact();
  const [values, setValues] = useState<ContactValues>(() => emptyContact());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const onChange = <K extends keyof ContactValues>(field: K, value: ContactValues[K]) => {
    edited();
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const labels = {
      channel: refs.channel.label,
      summary: refs.summary.label,
      outcome: refs.outcome.label,
      caseCategory: refs.caseCategory.label,
    };
    const found = validateContact(values, choice.kind !== 'none', t, labels);
    setErrors(found);
    if (hasErrors(found)) return;
    const partyId = choice.kind === 'party' ? choice.party.id : undefined;
    mutation.mutate(
      { values, partyId },
      {
        onSuccess: onRegistered,
        onError: (error) => setErrors(stepErrors(error, t('form.genericError'))),
      },
    );
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} description={t('contacts.register.nothingStored')} />
      <section aria-labelledby="kcc-party-heading" className="bb-kcc-party">
        <Heading level={2} id="kcc-party-heading">
          {t('contacts.register.partyHeading')}
        </Heading>
        <PartyPicker choice={choice} onChoose={onChoose} error={errors.fields.partyId} />
      </section>
      <form
        className="utrecht-form bb-form bb-kcc-contact"
        aria-labelledby="kcc-contact-heading"
        noValidate
        onSubmit={onSubmit}
      >
        <Heading level={2} id="kcc-contact-heading">
          {t('contacts.register.contactHeading')}
        </Heading>
        <ContactFields values={values} errors={errors} refs={refs} onChange={onChange} />
        <OutcomeFields
          values={values}
          errors={errors}
          refs={refs}
          partyPhone={choice.kind === 'party' ? choice.party.phones[0] : undefined}
          onChange={onChange}
        />
        <Button type="submit" appearance="primary" busy={mutation.isPending}>
          {mutation.isPending ? t('contacts.register.busy') : t('contacts.register.submit')}
        </Button>
      </form>
    </>
  );
}
