import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LANGUAGE_LEVELS, SKILL_LEVELS, VULNERABILITY_TAGS } from '../../shared/journeys/persona';
import { isApiError } from '../api/problem';
import { uuid } from '../api/uuid';
import { CATALOGUE_KEY, fetchCatalogue } from '../advice/adviceApi';
import { StaleAlert } from '../admin/StaleAlert';
import { missingRequired, NO_ERRORS, problemToFormErrors, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/nl';
import { options } from '../journeys/labels';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Fieldset } from '../ui/Fieldset';
import { CheckboxField, SelectField, TextareaField, TextField } from '../ui/FormField';
import { PageHeading } from '../ui/PageHeading';
import { QueryState } from '../ui/QueryState';
import {
  emptyPersonaForm,
  fromPersonaForm,
  LIST_FIELDS,
  toPersonaForm,
  type PersonaForm,
} from './personaForm';
import { createPersona, getPersona, PERSONAS_KEY, updatePersona } from './personasApi';

const FIELDS = [
  'name',
  'kind',
  'avatar',
  'ageGroup',
  'engagementProfile',
  'lifeSituation',
  'digitalSkills',
  'languageLevel',
  ...LIST_FIELDS,
  'vulnerabilityTags',
  'evidence',
  'internalNotes',
];

/** Create a persona, or change one (If-Match; a 412 offers to reload instead of overwriting). */
export function PersonaFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useQuery({
    queryKey: [...PERSONAS_KEY, 'detail', id],
    enabled: !!id,
    queryFn: () => getPersona(id!),
  });
  const catalogue = useQuery({ queryKey: CATALOGUE_KEY, queryFn: fetchCatalogue });
  const [form, setForm] = useState<PersonaForm | null>(id ? null : emptyPersonaForm());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [stale, setStale] = useState(false);
  const [key] = useState(uuid);
  useEffect(() => {
    if (existing.data && form === null) setForm(toPersonaForm(existing.data.data));
  }, [existing.data, form]);

  const save = useMutation({
    mutationFn: async () => {
      const input = fromPersonaForm(form!, { example: existing.data?.data.example });
      if (!id) return createPersona(input, key);
      return (await updatePersona(id, existing.data?.etag ?? '', input)).data;
    },
    onSuccess: (persona) => {
      void queryClient.invalidateQueries({ queryKey: PERSONAS_KEY });
      void navigate(`/klantreizen/personas/${persona.id}`);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412) setStale(true);
      else setErrors(problemToFormErrors(error, FIELDS, t('form.genericError')));
    },
  });

  if (!form)
    return (
      <QueryState
        isPending={existing.isPending}
        error={existing.error}
        onRetry={() => void existing.refetch()}
      />
    );
  const refs = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `persona-${f}`, label: t(`personas.field.${f}` as MessageKey) }]),
  );
  const field = (name: Exclude<keyof PersonaForm, 'vulnerabilityTags'>) => ({
    id: `persona-${name}`,
    label: t(`personas.field.${name}` as MessageKey),
    value: form[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  const segments = (scheme: string, current: string) => {
    const list = (catalogue.data?.segments ?? []).filter((s) => s.scheme === scheme);
    const opts = list.map((s) => ({ value: s.code, label: s.nameNl }));
    return current && !list.some((s) => s.code === current)
      ? [{ value: current, label: current }, ...opts]
      : opts;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingRequired({ name: form.name }, [{ field: 'name', label: refs.name!.label }], (f) =>
      t('form.requiredError', { field: f }),
    );
    setErrors(missing);
    if (!Object.keys(missing.fields).length) save.mutate();
  };
  const reload = async () => {
    const fresh = await existing.refetch();
    if (fresh.data) setForm(toPersonaForm(fresh.data.data));
    setStale(false);
  };

  return (
    <>
      <PageHeading>
        {id
          ? t('personas.form.editTitle', { name: existing.data?.data.name ?? '' })
          : t('personas.form.newTitle')}
      </PageHeading>
      {stale && <StaleAlert busy={existing.isFetching} onReload={() => void reload()} />}
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form bb-form--wide" noValidate onSubmit={submit}>
        <TextField {...field('name')} required />
        <SelectField
          {...field('kind')}
          required
          options={options(t, 'personas.kind', ['resident', 'staff'])}
        />
        <TextField {...field('avatar')} optional description={t('personas.form.avatarHelp')} />
        <SelectField
          {...field('ageGroup')}
          optional
          placeholder={t('journeys.card.none')}
          options={segments('age', form.ageGroup)}
        />
        <SelectField
          {...field('engagementProfile')}
          optional
          placeholder={t('journeys.card.none')}
          options={segments('profile', form.engagementProfile)}
        />
        <TextareaField {...field('lifeSituation')} optional rows={3} />
        {LIST_FIELDS.map((f) => (
          <TextareaField
            key={f}
            {...field(f)}
            optional
            rows={3}
            description={
              f === 'quotes'
                ? `${t('personas.quoteReminder')} ${t('personas.form.perLine')}`
                : t('personas.form.perLine')
            }
          />
        ))}
        <SelectField
          {...field('digitalSkills')}
          optional
          placeholder={t('journeys.card.none')}
          options={options(t, 'personas.skill', SKILL_LEVELS)}
        />
        <SelectField
          {...field('languageLevel')}
          optional
          placeholder={t('journeys.card.none')}
          options={LANGUAGE_LEVELS.map((value) => ({
            value,
            label: value === 'native' ? t('personas.native') : value,
          }))}
        />
        <Fieldset
          legend={refs.vulnerabilityTags!.label}
          id={refs.vulnerabilityTags!.id}
          description={t('personas.form.tagsHelp')}
        >
          {VULNERABILITY_TAGS.map((tag) => (
            <CheckboxField
              key={tag}
              id={`persona-tag-${tag}`}
              label={t(`personas.tag.${tag}`)}
              checked={form.vulnerabilityTags.includes(tag)}
              onChange={(e) =>
                setForm({
                  ...form,
                  vulnerabilityTags: e.target.checked
                    ? [...form.vulnerabilityTags, tag]
                    : form.vulnerabilityTags.filter((x) => x !== tag),
                })
              }
            />
          ))}
        </Fieldset>
        <Fieldset legend={t('personas.evidence')} id={refs.evidence!.id}>
          <TextareaField
            {...field('sources')}
            optional
            rows={3}
            description={t('personas.form.sourcesHelp')}
          />
          <TextField {...field('interviewCount')} required inputMode="numeric" />
          <TextField {...field('surveyDescription')} optional />
          <TextField {...field('surveyRespondents')} optional inputMode="numeric" />
          <TextField {...field('surveyYear')} optional inputMode="numeric" />
        </Fieldset>
        <TextareaField
          {...field('internalNotes')}
          optional
          rows={2}
          description={t('personas.form.internalHelp')}
        />
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
      </form>
    </>
  );
}
