import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { Fieldset } from '../ui/Fieldset';
import { TextareaField, TextField } from '../ui/FormField';
import type { FieldsProps } from './ContactFields';
import { listCaseCategories } from './contactsApi';
import { localDate } from './contactFormModel';
import { TreeSelect } from './TreeSelect';

/** The melding or the callback request that the chosen outcome creates, inline in the form. */
export function OutcomeFields({
  values,
  errors,
  refs,
  onChange,
  partyPhone,
}: FieldsProps & { partyPhone?: string }) {
  const { t } = useI18n();
  const categories = useQuery({
    queryKey: ['case-categories'],
    queryFn: listCaseCategories,
    staleTime: 5 * 60_000,
    enabled: values.outcome === 'case_created',
  });

  if (values.outcome === 'case_created') {
    return (
      <Fieldset legend={t('contacts.case.heading')}>
        <TreeSelect
          id={refs.caseCategory.id}
          label={refs.caseCategory.label}
          required
          placeholder={t('contacts.case.categoryNone')}
          nodes={categories.data ?? []}
          value={values.caseCategory}
          error={errors.fields.caseCategory}
          onChange={(value) => onChange('caseCategory', value)}
        />
        <TextareaField
          id={refs.caseDescription.id}
          label={refs.caseDescription.label}
          optional
          description={t('contacts.case.descriptionHelp')}
          rows={3}
          error={errors.fields.caseDescription}
          value={values.caseDescription}
          onChange={(e) => onChange('caseDescription', e.target.value)}
        />
        <TextField
          id={refs.caseLocation.id}
          label={refs.caseLocation.label}
          optional
          description={t('contacts.case.locationHelp')}
          autoComplete="off"
          error={errors.fields.caseLocation}
          value={values.caseLocation}
          onChange={(e) => onChange('caseLocation', e.target.value)}
        />
      </Fieldset>
    );
  }

  if (values.outcome === 'callback') {
    return (
      <Fieldset legend={t('contacts.task.heading')}>
        <TextareaField
          id={refs.taskDescription.id}
          label={refs.taskDescription.label}
          optional
          description={t('contacts.task.descriptionHelp')}
          rows={2}
          error={errors.fields.taskDescription}
          value={values.taskDescription}
          onChange={(e) => onChange('taskDescription', e.target.value)}
        />
        <TextField
          id={refs.taskPhone.id}
          label={refs.taskPhone.label}
          optional
          type="tel"
          autoComplete="off"
          description={
            partyPhone ? `${t('contacts.task.phoneHelp')} (${partyPhone})` : t('contacts.task.phoneHelp')
          }
          error={errors.fields.taskPhone}
          value={values.taskPhone}
          onChange={(e) => onChange('taskPhone', e.target.value)}
        />
        <TextField
          id={refs.taskDue.id}
          label={refs.taskDue.label}
          required
          type="date"
          min={localDate(new Date())}
          error={errors.fields.taskDue}
          value={values.taskDue}
          onChange={(e) => onChange('taskDue', e.target.value)}
        />
      </Fieldset>
    );
  }
  return null;
}
