import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Button, ButtonGroup } from '../ui/Button';
import { SelectField, TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { dayToIso, isoToDay } from './filters';
import type { MiningFilters, Variant } from './types';

interface MiningFilterFormProps {
  value: MiningFilters;
  activities: string[];
  variants: Variant[];
  onApply: (filters: MiningFilters) => void;
}

/** Time frame, activity, variant, start/end activity and attribute; all combine with AND. */
export function MiningFilterForm({ value, activities, variants, onApply }: MiningFilterFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<MiningFilters>(value);
  const set = (key: keyof MiningFilters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const any = t('insights.filter.all');
  const activityOptions = activities.map((a) => ({ value: a, label: a }));
  return (
    <form className="bb-filters" onSubmit={submit} aria-labelledby="mining-filter-heading">
      <Heading level={2} id="mining-filter-heading">
        {t('mining.filter.title')}
      </Heading>
      <div className="bb-filters__fields">
        <TextField
          id="mf-from"
          type="date"
          label={t('insights.filter.from')}
          value={isoToDay(draft.from)}
          onChange={(e) => setDraft({ ...draft, from: dayToIso(e.target.value) })}
        />
        <TextField
          id="mf-to"
          type="date"
          label={t('mining.filter.toExclusive')}
          value={isoToDay(draft.to)}
          onChange={(e) => setDraft({ ...draft, to: dayToIso(e.target.value) })}
        />
        <SelectField
          id="mf-mode"
          label={t('mining.filter.timeMode')}
          value={draft.timeMode ?? 'contained'}
          onChange={set('timeMode')}
          options={[
            { value: 'contained', label: t('mining.filter.contained') },
            { value: 'intersecting', label: t('mining.filter.intersecting') },
          ]}
        />
        <SelectField
          id="mf-activity"
          label={t('mining.filter.activity')}
          value={draft.activity ?? ''}
          onChange={set('activity')}
          placeholder={any}
          options={activityOptions}
        />
        <SelectField
          id="mf-start"
          label={t('mining.filter.start')}
          value={draft.startActivity ?? ''}
          onChange={set('startActivity')}
          placeholder={any}
          options={activityOptions}
        />
        <SelectField
          id="mf-end"
          label={t('mining.filter.end')}
          value={draft.endActivity ?? ''}
          onChange={set('endActivity')}
          placeholder={any}
          options={activityOptions}
        />
        <SelectField
          id="mf-variant"
          label={t('mining.filter.variant')}
          value={draft.variant ?? ''}
          onChange={set('variant')}
          placeholder={any}
          options={variants.map((v, i) => ({
            value: v.id,
            label: t('mining.variant.label', { n: i + 1, steps: v.activities.length }),
          }))}
        />
        <TextField
          id="mf-attr-key"
          label={t('mining.filter.attrKey')}
          value={draft.attrKey ?? ''}
          onChange={set('attrKey')}
        />
        <TextField
          id="mf-attr-value"
          label={t('mining.filter.attrValue')}
          value={draft.attrValue ?? ''}
          onChange={set('attrValue')}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          {t('insights.filter.apply')}
        </Button>
        <Button onClick={() => onApply({})}>{t('mining.filter.reset')}</Button>
      </ButtonGroup>
    </form>
  );
}
