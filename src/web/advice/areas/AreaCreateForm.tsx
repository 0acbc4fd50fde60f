import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { SelectField, TextField } from '../../ui/FormField';
import { AREAS_KEY, createArea, type NewArea } from '../adviceApi';
import { groupsOf } from '../selection';
import type { AreaWithWarnings, Catalogue } from '../types';
import { useNames } from '../useAdviceData';
import { areaErrors, EMPTY_META, type AreaMeta } from './areaForm';
import { AreaMetaFields, useAreaFieldRefs } from './AreaMetaFields';

const PREFIX = 'new-area';
type Mode = 'counts' | 'shares';

interface AreaCreateFormProps {
  catalogue: Catalogue;
  onCreated: (result: AreaWithWarnings) => void;
}

/** A wijk, buurt or gemeente by hand: people (or percentages) per group of one segmentation. */
export function AreaCreateForm({ catalogue, onCreated }: AreaCreateFormProps) {
  const { t } = useI18n();
  const names = useNames(catalogue);
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const [meta, setMeta] = useState<AreaMeta>(EMPTY_META);
  const [mode, setMode] = useState<Mode>('counts');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const groups = groupsOf(catalogue, meta.scheme);
  const refs = {
    ...useAreaFieldRefs(PREFIX),
    mode: { id: `${PREFIX}-mode`, label: t('advice.area.mode') },
    composition: { id: `${PREFIX}-group-${groups[0] ?? ''}`, label: t('advice.area.composition') },
  };

  const create = useMutation({
    mutationFn: (area: NewArea) => createArea(area, idempotency.key()),
    onSuccess: (result) => {
      idempotency.renew();
      setMeta(EMPTY_META);
      setValues({});
      void queryClient.invalidateQueries({ queryKey: AREAS_KEY });
      onCreated(result);
    },
    onError: (error) => setErrors(areaErrors(error, 'composition', t('form.genericError'))),
  });

  const edit = (change: () => void) => {
    idempotency.renew();
    change();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const fields: Record<string, string> = {};
    if (!meta.name.trim()) fields.name = t('form.requiredError', { field: refs.name.label.toLowerCase() });
    const composition: Record<string, number> = {};
    for (const group of groups) {
      const raw = (values[group] ?? '').trim().replace(',', '.');
      if (raw === '') continue;
      const value = Number(raw);
      if (!Number.isFinite(value) || value < 0) {
        fields.composition = t('advice.area.badNumber', { group: names.group(meta.scheme, group) });
      } else composition[group] = mode === 'shares' ? value / 100 : value;
    }
    if (!fields.composition && Object.keys(composition).length === 0)
      fields.composition = t('advice.area.noGroups');
    const found = { fields, general: [] };
    setErrors(found);
    if (hasErrors(found)) return;
    create.mutate({ ...meta, name: meta.name.trim(), [mode]: composition });
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <AreaMetaFields
          part="head"
          prefix={PREFIX}
          values={meta}
          errors={errors}
          onChange={(next) => edit(() => setMeta(next))}
        />
        <SelectField
          id={refs.mode.id}
          label={refs.mode.label}
          value={mode}
          options={[
            { value: 'counts', label: t('advice.area.mode.counts') },
            { value: 'shares', label: t('advice.area.mode.shares') },
          ]}
          onChange={(e) => edit(() => setMode(e.target.value as Mode))}
        />
        <Fieldset
          id={`${PREFIX}-composition`}
          legend={refs.composition.label}
          description={t(mode === 'counts' ? 'advice.area.countsHelp' : 'advice.area.sharesHelp')}
          error={errors.fields.composition}
        >
          <div className="bb-group-grid">
            {groups.map((group) => (
              <TextField
                key={`${meta.scheme}-${group}`}
                id={`${PREFIX}-group-${group}`}
                label={`${names.group(meta.scheme, group)}${mode === 'shares' ? ' (%)' : ''}`}
                inputMode="decimal"
                autoComplete="off"
                value={values[group] ?? ''}
                onChange={(e) => edit(() => setValues((v) => ({ ...v, [group]: e.target.value })))}
              />
            ))}
          </div>
        </Fieldset>
        <AreaMetaFields
          part="normalise"
          prefix={PREFIX}
          values={meta}
          errors={errors}
          onChange={(next) => edit(() => setMeta(next))}
        />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('advice.area.add')}
        </Button>
      </form>
    </>
  );
}
