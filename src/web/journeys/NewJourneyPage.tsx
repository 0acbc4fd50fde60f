import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  JOURNEY_STATES,
  TRAJECTORIES,
  type JourneyState,
  type Trajectory,
} from '../../shared/journeys/model';
import { uuid } from '../api/uuid';
import { missingRequired, NO_ERRORS, problemToFormErrors, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { listPersonas, PERSONAS_KEY } from '../personas/personasApi';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Fieldset } from '../ui/Fieldset';
import { CheckboxField, SelectField, TextareaField, TextField } from '../ui/FormField';
import { PageHeading } from '../ui/PageHeading';
import { createJourney, JOURNEYS_KEY, listJourneys } from './journeysApi';
import { options } from './labels';

const FIELDS = [
  'title',
  'description',
  'trajectory',
  'lifeEvent',
  'state',
  'audience',
  'personaIds',
  'counterpartId',
];

/** A new journey starts as an empty map with the five phases of its trajectory. */
export function NewJourneyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const personas = useQuery({ queryKey: [...PERSONAS_KEY, 'list', 'all'], queryFn: () => listPersonas() });
  const journeys = useQuery({ queryKey: [...JOURNEYS_KEY, 'list', '', ''], queryFn: () => listJourneys({}) });
  const [v, setV] = useState({
    title: '',
    description: '',
    trajectory: 'service',
    lifeEvent: '',
    state: 'current',
    audience: 'resident',
    counterpartId: '',
  });
  const [personaIds, setPersonaIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [key] = useState(uuid);
  const refs = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `journey-${f}`, label: t(`journeys.field.${f}` as 'journeys.field.title') }]),
  );
  const create = useMutation({
    mutationFn: () =>
      createJourney(
        {
          title: v.title.trim(),
          ...(v.description.trim() ? { description: v.description.trim() } : {}),
          trajectory: v.trajectory as Trajectory,
          lifeEvent: v.lifeEvent.trim(),
          state: v.state as JourneyState,
          audience: v.audience as 'resident' | 'staff',
          personaIds,
          ...(v.counterpartId ? { counterpartId: v.counterpartId } : {}),
        },
        key,
      ),
    onSuccess: (journey) => void navigate(`/klantreizen/${journey.id}`),
    onError: (error) => setErrors(problemToFormErrors(error, FIELDS, t('form.genericError'))),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingRequired(
      v,
      [
        { field: 'title', label: refs.title!.label },
        { field: 'lifeEvent', label: refs.lifeEvent!.label },
      ],
      (field) => t('form.requiredError', { field }),
    );
    setErrors(missing);
    if (Object.keys(missing.fields).length === 0) create.mutate();
  };
  const field = (name: keyof typeof v) => ({
    id: refs[name]!.id,
    label: refs[name]!.label,
    value: v[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) => setV({ ...v, [name]: e.target.value }),
  });

  return (
    <>
      <PageHeading>{t('journeys.new.title')}</PageHeading>
      <ErrorSummary errors={errors} fields={refs} description={t('journeys.new.nothingStored')} />
      <form className="utrecht-form bb-form bb-form--wide" noValidate onSubmit={submit}>
        <TextField {...field('title')} required />
        <TextareaField {...field('description')} optional rows={2} />
        <SelectField
          {...field('trajectory')}
          required
          options={options(t, 'journeys.trajectory', TRAJECTORIES)}
        />
        <TextField {...field('lifeEvent')} required description={t('journeys.new.lifeEventHelp')} />
        <SelectField {...field('state')} required options={options(t, 'journeys.state', JOURNEY_STATES)} />
        <SelectField
          {...field('audience')}
          required
          options={options(t, 'journeys.audience', ['resident', 'staff'])}
        />
        <SelectField
          {...field('counterpartId')}
          optional
          placeholder={t('journeys.new.noCounterpart')}
          options={(journeys.data?.items ?? []).map((j) => ({ value: j.id, label: j.title }))}
        />
        <Fieldset
          legend={refs.personaIds!.label}
          id={refs.personaIds!.id}
          description={t('journeys.new.personasHelp')}
        >
          {(personas.data?.items ?? []).map((p) => (
            <CheckboxField
              key={p.id}
              id={`journey-persona-${p.id}`}
              label={p.vulnerable ? `${p.name} (${t('personas.vulnerable')})` : p.name}
              checked={personaIds.includes(p.id)}
              onChange={(e) =>
                setPersonaIds(
                  e.target.checked ? [...personaIds, p.id] : personaIds.filter((id) => id !== p.id),
                )
              }
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {t('journeys.new.submit')}
        </Button>
      </form>
    </>
  );
}
