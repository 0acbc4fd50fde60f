import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { allSteps, type JourneyDocument } from '../../shared/journeys/model';
import { getJson, withQuery } from '../api/http';
import { uuid } from '../api/uuid';
import { problemToFormErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { createExperiment, JOURNEYS_KEY } from './journeysApi';

const FIELDS = [
  'stepId',
  'title',
  'hypothesis',
  'variantA',
  'variantB',
  'metric',
  'baseline',
  'expected',
] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** "45" or "45,5" (percent) as a proportion; NaN when it is not a share strictly between 0 and 100. */
function share(text: string): number {
  const value = Number(text.replace(',', '.')) / 100;
  return value > 0 && value < 1 ? value : NaN;
}

/** Design an A/B test on a step; the sample size per variant is computed while typing. */
export function ExperimentDesignForm({
  journeyId,
  document,
}: {
  journeyId: string;
  document: JourneyDocument;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const steps = allSteps(document);
  const [values, setValues] = useState<Values>({
    stepId: steps[0]?.step.id ?? '',
    title: '',
    hypothesis: '',
    variantA: '',
    variantB: '',
    metric: '',
    baseline: '',
    expected: '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // One key per designed experiment: a retried submit must not create a second one.
  const [key, setKey] = useState(uuid);
  const p1 = share(values.baseline);
  const p2 = share(values.expected);
  const power = useQuery({
    queryKey: ['sample-size', p1, p2],
    enabled: Number.isFinite(p1) && Number.isFinite(p2) && p1 !== p2,
    queryFn: () => getJson<{ nPerGroup: number }>(withQuery('/api/v1/experiments/sample-size', { p1, p2 })),
  });
  const create = useMutation({
    mutationFn: () =>
      createExperiment(
        journeyId,
        {
          stepId: values.stepId,
          title: values.title.trim(),
          ...(values.hypothesis.trim() ? { hypothesis: values.hypothesis.trim() } : {}),
          variantA: values.variantA.trim(),
          variantB: values.variantB.trim(),
          metric: values.metric.trim(),
          baseline: p1,
          expected: p2,
        },
        key,
      ),
    onSuccess: () => {
      setKey(uuid());
      void queryClient.invalidateQueries({ queryKey: [...JOURNEYS_KEY, 'experiments', journeyId] });
    },
    onError: (error) => setErrors(problemToFormErrors(error, FIELDS, t('form.genericError'))),
  });
  const ids = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `exp-${f}`, label: t(`journeys.experiment.${f}`) }]),
  );
  const field = (name: (typeof FIELDS)[number]) => ({
    id: ids[name]!.id,
    label: ids[name]!.label,
    value: values[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    create.mutate();
  };

  if (steps.length === 0) return <Paragraph>{t('journeys.experiment.noSteps')}</Paragraph>;
  return (
    <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
      <Heading level={3}>{t('journeys.experiment.design')}</Heading>
      <ErrorSummary errors={errors} fields={ids} />
      <SelectField
        {...field('stepId')}
        required
        options={steps.map((s) => ({ value: s.step.id, label: s.step.title }))}
      />
      <TextField {...field('title')} required />
      <TextareaField {...field('hypothesis')} optional rows={2} />
      <TextField {...field('variantA')} required />
      <TextField {...field('variantB')} required />
      <TextField {...field('metric')} required description={t('journeys.experiment.metricHelp')} />
      <TextField
        {...field('baseline')}
        required
        inputMode="decimal"
        description={t('journeys.experiment.percentHelp')}
      />
      <TextField
        {...field('expected')}
        required
        inputMode="decimal"
        description={t('journeys.experiment.percentHelp')}
      />
      <p className="utrecht-paragraph" role="status">
        {power.data && t('journeys.experiment.power', { n: Math.ceil(power.data.nPerGroup) })}
      </p>
      <Button type="submit" busy={create.isPending}>
        {t('journeys.experiment.create')}
      </Button>
    </form>
  );
}
