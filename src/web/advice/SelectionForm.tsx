import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { CONTEXTS, PHASES, SCHEMES } from '../../shared/advice/model';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { ALL_GROUP, datasetLabel, groupsOf, type Selection, type SelectionKey } from './selection';
import type { Catalogue, Dataset } from './types';
import { useNames } from './useAdviceData';

interface SelectionFormProps {
  idPrefix: string;
  fields: readonly SelectionKey[];
  selection: Selection;
  catalogue: Catalogue;
  datasets: Dataset[];
  submitLabel: string;
  /** Other labels than the usual ones, e.g. "Dataset A" when two datasets are compared. */
  labels?: Partial<Record<SelectionKey, string>>;
  headingLevel?: 2 | 3 | 4;
  onApply: (selection: Selection) => void;
}

/**
 * The choice of dataset, context, segmentation, group and phase: native selects, applied with one
 * submit (Enter works from any select), so that the figures do not reload while a keyboard user
 * arrows through the options. The parent keys this form on the applied selection.
 */
export function SelectionForm(props: SelectionFormProps) {
  const {
    idPrefix,
    fields,
    catalogue,
    datasets,
    submitLabel,
    labels = {},
    headingLevel = 2,
    onApply,
  } = props;
  const { t } = useI18n();
  const names = useNames(catalogue);
  const [draft, setDraft] = useState<Selection>(props.selection);

  const set = <K extends keyof Selection>(key: K, value: Selection[K]) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      // A group belongs to one scheme: switching the scheme starts at "all respondents".
      if (key === 'scheme' && !groupsOf(catalogue, String(value)).includes(next.group))
        next.group = ALL_GROUP;
      return next;
    });

  const datasetOptions = datasets.map((d) => ({
    value: d.id,
    label: datasetLabel(d, t('advice.syntheticShort')),
  }));
  const controls: Record<SelectionKey, () => ReactNode> = {
    dataset: () => (
      <SelectField
        id={`${idPrefix}-dataset`}
        label={labels.dataset ?? t('advice.dataset')}
        value={draft.dataset}
        options={datasetOptions}
        onChange={(e) => set('dataset', e.target.value)}
      />
    ),
    datasetB: () => (
      <SelectField
        id={`${idPrefix}-datasetB`}
        label={labels.datasetB ?? t('advice.datasetB')}
        value={draft.datasetB}
        options={datasetOptions}
        onChange={(e) => set('datasetB', e.target.value)}
      />
    ),
    context: () => (
      <SelectField
        id={`${idPrefix}-context`}
        label={t('advice.context')}
        value={draft.context}
        options={CONTEXTS.map((c) => ({ value: c, label: t(`advice.context.${c}`) }))}
        onChange={(e) => set('context', e.target.value as Selection['context'])}
      />
    ),
    scheme: () => (
      <SelectField
        id={`${idPrefix}-scheme`}
        label={t('advice.scheme')}
        value={draft.scheme}
        options={SCHEMES.map((s) => ({ value: s, label: t(`advice.scheme.${s}`) }))}
        onChange={(e) => set('scheme', e.target.value as Selection['scheme'])}
      />
    ),
    group: () => (
      <SelectField
        id={`${idPrefix}-group`}
        label={t('advice.group')}
        value={draft.group}
        options={[ALL_GROUP, ...groupsOf(catalogue, draft.scheme)].map((g) => ({
          value: g,
          label: names.group(draft.scheme, g),
        }))}
        onChange={(e) => set('group', e.target.value)}
      />
    ),
    phase: () => (
      <SelectField
        id={`${idPrefix}-phase`}
        label={t('advice.phase')}
        value={String(draft.phase)}
        options={PHASES.map((p) => ({ value: String(p), label: `${p}. ${names.phase(draft.context, p)}` }))}
        onChange={(e) => set('phase', Number(e.target.value) as Selection['phase'])}
      />
    ),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="bb-filters">
      <Heading level={headingLevel} id={`${idPrefix}-heading`}>
        {t('advice.selection')}
      </Heading>
      <form className="utrecht-form bb-filters__form" noValidate onSubmit={onSubmit}>
        <div className="bb-filters__fields">
          {fields.map((field) => (
            <Fragment key={field}>{controls[field]()}</Fragment>
          ))}
        </div>
        <Button type="submit" appearance="primary">
          {submitLabel}
        </Button>
      </form>
    </section>
  );
}
