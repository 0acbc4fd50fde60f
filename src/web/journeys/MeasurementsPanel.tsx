import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { JourneyDocument } from '../../shared/journeys/model';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable';
import { TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { findStep } from './docEdit';
import { importMeasurements, JOURNEYS_KEY } from './journeysApi';
import { decimal } from './labels';
import type { Measurement } from './types';

interface Props {
  journeyId: string;
  document: JourneyDocument;
  query: UseQueryResult<Measurement[]>;
  editable: boolean;
}

/** Measured heartbeats (KTO/CES/NPS) with n and interval, and the CSV import that links them to steps. */
export function MeasurementsPanel({ journeyId, document, query, editable }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const upload = useMutation({
    mutationFn: async () => importMeasurements(journeyId, await file!.text(), source.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...JOURNEYS_KEY, 'measurements', journeyId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && source.trim()) upload.mutate();
  };
  const rows = query.data ?? [];
  const ci = (m: Measurement) =>
    m.ciLow !== null && m.ciHigh !== null
      ? `${decimal(m.ciLow)} – ${decimal(m.ciHigh)}`
      : t('journeys.measure.noCi');

  return (
    <section aria-labelledby="measurements-heading" className="bb-section bb-no-print">
      <Heading level={2} id="measurements-heading">
        {t('journeys.measure.heading')}
      </Heading>
      <Paragraph small>{t('journeys.measure.help')}</Paragraph>
      <DataTable<Measurement>
        caption={t('journeys.measure.caption', { count: rows.length })}
        rows={rows}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'step',
            header: t('journeys.table.step'),
            rowHeader: true,
            render: (m) => findStep(document, m.stepId)?.step.title ?? m.stepId,
          },
          {
            key: 'instrument',
            header: t('journeys.measure.instrument'),
            render: (m) => m.instrument.toUpperCase(),
          },
          { key: 'period', header: t('journeys.measure.period'), render: (m) => m.period },
          { key: 'mean', header: t('journeys.measure.mean'), numeric: true, render: (m) => decimal(m.mean) },
          { key: 'n', header: 'n', numeric: true, render: (m) => m.n },
          { key: 'ci', header: t('journeys.measure.ciHeader'), render: ci },
          {
            key: 'source',
            header: t('journeys.card.source'),
            render: (m) => (m.synthetic ? `${m.source} (${t('journeys.synthetic')})` : m.source),
          },
        ]}
      />
      {editable && (
        <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
          <Heading level={3}>{t('journeys.measure.importHeading')}</Heading>
          <TextField
            id="measure-file"
            type="file"
            accept=".csv,text/csv"
            label={t('journeys.measure.file')}
            description={t('journeys.measure.fileHelp')}
            className="bb-file-input"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <TextField
            id="measure-source"
            label={t('journeys.measure.source')}
            required
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
          <Button type="submit" busy={upload.isPending}>
            {t('journeys.measure.import')}
          </Button>
        </form>
      )}
      {upload.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('journeys.measure.imported')}</Paragraph>
        </Alert>
      )}
      {upload.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{isApiError(upload.error) ? upload.error.problem.detail : t('app.error')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {(isApiError(upload.error) ? (upload.error.problem.errors ?? []) : [])
              .slice(0, 20)
              .map((e, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  {e.pointer}: {e.detail}
                </li>
              ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
