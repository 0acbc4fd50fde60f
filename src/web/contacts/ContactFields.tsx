import { useQuery } from '@tanstack/react-query';
import type { FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { SelectField, TextareaField, TextField } from '../ui/FormField';
import { RadioGroup } from '../ui/RadioGroup';
import { listContactTopics } from './contactsApi';
import { hasTimes, type ContactField, type ContactValues } from './contactFormModel';
import { channelOptions, codeLabel, outcomeOptions } from './labels';
import { TreeSelect } from './TreeSelect';
import { useTeams } from '../admin/teams/useTeams';

export interface FieldsProps {
  values: ContactValues;
  errors: FormErrors;
  refs: Record<ContactField, { id: string; label: string }>;
  onChange: <K extends keyof ContactValues>(field: K, value: ContactValues[K]) => void;
}

export function ContactFields({ values, errors, refs, onChange }: FieldsProps) {
  const { t } = useI18n();
  const topics = useQuery({
    queryKey: ['contact-topics'],
    queryFn: listContactTopics,
    staleTime: 5 * 60_000,
  });
  const teams = useTeams(values.outcome === 'forwarded');
  const seconds = (field: 'waitSeconds' | 'handleSeconds') => (
    <TextField
      id={refs[field].id}
      label={refs[field].label}
      optional
      inputMode="numeric"
      autoComplete="off"
      error={errors.fields[field]}
      value={values[field]}
      onChange={(e) => onChange(field, e.target.value)}
    />
  );

  return (
    <>
      <RadioGroup
        id="kcc-channel"
        name="channel"
        legend={refs.channel.label}
        options={channelOptions(t)}
        value={values.channel}
        error={errors.fields.channel}
        onChange={(value) => onChange('channel', value)}
      />
      <RadioGroup
        id="kcc-direction"
        name="direction"
        legend={refs.direction.label}
        options={(['in', 'out'] as const).map((value) => ({
          value,
          label: codeLabel(t, 'contacts.direction', value),
        }))}
        value={values.direction}
        error={errors.fields.direction}
        onChange={(value) => onChange('direction', value === 'out' ? 'out' : 'in')}
      />
      <TreeSelect
        id={refs.topicCode.id}
        label={refs.topicCode.label}
        placeholder={t('contacts.field.topicNone')}
        nodes={topics.data ?? []}
        value={values.topicCode}
        error={errors.fields.topicCode}
        onChange={(value) => onChange('topicCode', value)}
      />
      <TextareaField
        id={refs.summary.id}
        label={refs.summary.label}
        required
        rows={4}
        error={errors.fields.summary}
        value={values.summary}
        onChange={(e) => onChange('summary', e.target.value)}
      />
      {hasTimes(values.channel) && (
        <div className="bb-kcc-times">
          {seconds('waitSeconds')}
          {seconds('handleSeconds')}
        </div>
      )}
      <RadioGroup
        id="kcc-outcome"
        name="outcome"
        legend={refs.outcome.label}
        options={outcomeOptions(t)}
        value={values.outcome}
        error={errors.fields.outcome}
        onChange={(value) => onChange('outcome', value)}
      />
      {values.outcome === 'forwarded' && (
        <SelectField
          id={refs.teamId.id}
          label={refs.teamId.label}
          optional
          error={errors.fields.teamId}
          value={values.teamId}
          placeholder={t('contacts.detail.noTeam')}
          options={teams.options}
          onChange={(e) => onChange('teamId', e.target.value)}
        />
      )}
    </>
  );
}
