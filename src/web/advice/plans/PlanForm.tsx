import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CONTEXTS, SCHEMES } from '../../../shared/advice/model';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, problemToFormErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/FormField';
import { RadioGroup } from '../../ui/RadioGroup';
import { datasetLabel, defaultDataset } from '../selection';
import type { Area, Catalogue, Dataset } from '../types';
import { useNames } from '../useAdviceData';
import { channelControlId, costControlId, PlanChannelsField, type ChannelChoice } from './PlanChannelsField';
import { createPlan, PLANS_KEY, type NewPlan, type Plan } from './plansApi';

const P = 'plan';
const FIELDS = ['name', 'context', 'dataset', 'scheme', 'area', 'targetMode', 'target', 'channels'];

interface PlanFormProps {
  catalogue: Catalogue;
  datasets: Dataset[];
  areas: Area[];
  onCreated: (plan: Plan) => void;
}

type Values = Omit<NewPlan, 'target' | 'channels' | 'area'> & { area: string; target: string };

export function PlanForm({ catalogue, datasets, areas, onCreated }: PlanFormProps) {
  const { t } = useI18n();
  const names = useNames(catalogue);
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const initial: Values = {
    name: '',
    context: 'service',
    dataset: defaultDataset(datasets),
    scheme: 'age',
    area: '',
    targetMode: 'every-group',
    target: '80',
  };
  const [values, setValues] = useState<Values>(initial);
  const [choices, setChoices] = useState<Record<string, ChannelChoice>>({});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const channels = catalogue.channels.filter((c) => c.contexts.includes(values.context));
  const label = (key: string) => t(`advice.plan.${key}` as 'advice.plan.name');
  const refs: Record<string, { id: string; label: string }> = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `${P}-${f}`, label: label(f) }]),
  );
  refs.targetMode = { id: `${P}-targetMode-every-group`, label: label('targetMode') };
  refs.channels = { id: channelControlId(P, channels[0]?.code ?? ''), label: label('channels') };
  for (const c of channels)
    refs[`cost-${c.code}`] = {
      id: costControlId(P, c.code),
      label: t('advice.plan.cost', { channel: names.channel(c.code) }),
    };

  const create = useMutation({
    mutationFn: (plan: NewPlan) => createPlan(plan, idempotency.key()),
    onSuccess: (plan) => {
      idempotency.renew();
      void queryClient.invalidateQueries({ queryKey: PLANS_KEY });
      onCreated(plan);
    },
    onError: (error) => setErrors(problemToFormErrors(error, FIELDS, t('form.genericError'))),
  });

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [key]: value, ...(key === 'scheme' ? { area: '' } : {}) }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const fields: Record<string, string> = {};
    if (!values.name.trim()) fields.name = t('form.requiredError', { field: label('name').toLowerCase() });
    const target = Number(values.target.replace(',', '.'));
    if (!(target > 0 && target <= 100)) fields.target = t('advice.plan.badTarget');
    const offered: NewPlan['channels'] = [];
    for (const c of channels) {
      const choice = choices[c.code];
      if (!choice?.offered) continue;
      const cost = Number(choice.cost.trim().replace(',', '.'));
      if (choice.cost.trim() === '' || !Number.isFinite(cost) || cost < 0)
        fields[`cost-${c.code}`] = t('advice.plan.badCost', { channel: names.channel(c.code) });
      else offered.push({ code: c.code, cost });
    }
    if (!channels.some((c) => choices[c.code]?.offered)) fields.channels = t('advice.plan.noChannels');
    const found = { fields, general: [] };
    setErrors(found);
    if (hasErrors(found)) return;
    create.mutate({
      ...values,
      name: values.name.trim(),
      area: values.area || null,
      target: target / 100,
      channels: offered,
    });
  };

  const costErrors = Object.fromEntries(
    Object.entries(errors.fields)
      .filter(([k]) => k.startsWith('cost-'))
      .map(([k, v]) => [k.slice(5), v]),
  );

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form bb-form--wide" noValidate onSubmit={onSubmit}>
        <TextField
          id={refs.name!.id}
          label={label('name')}
          required
          autoComplete="off"
          error={errors.fields.name}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
        />
        <SelectField
          id={refs.context!.id}
          label={label('context')}
          error={errors.fields.context}
          value={values.context}
          options={CONTEXTS.map((c) => ({ value: c, label: t(`advice.context.${c}`) }))}
          onChange={(e) => set('context', e.target.value as Values['context'])}
        />
        <SelectField
          id={refs.dataset!.id}
          label={label('dataset')}
          error={errors.fields.dataset}
          value={values.dataset}
          options={datasets.map((d) => ({ value: d.id, label: datasetLabel(d, t('advice.syntheticShort')) }))}
          onChange={(e) => set('dataset', e.target.value)}
        />
        <SelectField
          id={refs.scheme!.id}
          label={label('scheme')}
          error={errors.fields.scheme}
          value={values.scheme}
          options={SCHEMES.map((s) => ({ value: s, label: t(`advice.scheme.${s}`) }))}
          onChange={(e) => set('scheme', e.target.value as Values['scheme'])}
        />
        <SelectField
          id={refs.area!.id}
          label={label('area')}
          optional
          description={t('advice.plan.areaHelp')}
          error={errors.fields.area}
          value={values.area}
          placeholder={t('advice.plan.noArea')}
          options={areas
            .filter((a) => a.scheme === values.scheme)
            .map((a) => ({ value: a.id, label: a.name }))}
          onChange={(e) => set('area', e.target.value)}
        />
        <RadioGroup
          id={`${P}-targetMode`}
          name="targetMode"
          legend={label('targetMode')}
          error={errors.fields.targetMode}
          value={values.targetMode}
          options={[
            { value: 'every-group', label: t('advice.plan.mode.every-group') },
            { value: 'population', label: t('advice.plan.mode.population') },
          ]}
          onChange={(v) => set('targetMode', v as Values['targetMode'])}
        />
        <TextField
          id={refs.target!.id}
          label={label('target')}
          required
          inputMode="decimal"
          className="bb-textbox--short"
          description={t('advice.plan.targetHelp')}
          error={errors.fields.target}
          value={values.target}
          onChange={(e) => set('target', e.target.value)}
        />
        <PlanChannelsField
          prefix={P}
          channels={channels}
          values={choices}
          name={(code) => names.channel(code)}
          error={errors.fields.channels}
          costErrors={costErrors}
          onChange={(code, choice) => {
            idempotency.renew();
            setChoices((c) => ({ ...c, [code]: choice }));
          }}
        />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('advice.plan.solving') : t('advice.plan.submit')}
        </Button>
      </form>
    </>
  );
}
