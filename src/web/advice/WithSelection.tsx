import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { SelectionForm } from './SelectionForm';
import type { Selection, SelectionKey } from './selection';
import type { Catalogue, Dataset } from './types';
import { useSelection } from './useAdviceData';

interface WithSelectionProps {
  idPrefix: string;
  fields: readonly SelectionKey[];
  submitLabel: string;
  labels?: Partial<Record<SelectionKey, string>>;
  headingLevel?: 2 | 3 | 4;
  children: (selection: Selection, catalogue: Catalogue, datasets: Dataset[]) => ReactNode;
}

/** Loads the catalogue and datasets, shows the selection form, and the figures for the selection. */
export function WithSelection(props: WithSelectionProps) {
  const { idPrefix, fields, submitLabel, labels, headingLevel, children } = props;
  const { t } = useI18n();
  const { selection, apply, catalogue, datasets } = useSelection();
  const retry = () => {
    void catalogue.refetch();
    void datasets.refetch();
  };

  if (!catalogue.data || !datasets.data) {
    return (
      <QueryState
        isPending={catalogue.isPending || datasets.isPending}
        error={catalogue.error ?? datasets.error}
        onRetry={retry}
      />
    );
  }
  if (datasets.data.length === 0) {
    return (
      <Alert type="info">
        <Paragraph>{t('advice.noDatasets')}</Paragraph>
      </Alert>
    );
  }
  return (
    <>
      <SelectionForm
        key={fields.map((f) => selection[f]).join('|')}
        idPrefix={idPrefix}
        fields={fields}
        selection={selection}
        catalogue={catalogue.data}
        datasets={datasets.data}
        submitLabel={submitLabel}
        labels={labels}
        headingLevel={headingLevel}
        onApply={apply}
      />
      {children(selection, catalogue.data, datasets.data)}
    </>
  );
}
