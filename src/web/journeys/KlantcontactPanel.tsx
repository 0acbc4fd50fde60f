import { useQuery } from '@tanstack/react-query';
import type { JourneyDocument } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { findStep } from './docEdit';
import { JOURNEYS_KEY } from './journeysApi';
import { getFigures, type KlantcontactFigures, type Provenance } from './klantcontactApi';
import { contactText, ktoText } from './klantcontactFormat';
import { StepLinksForm } from './StepLinksForm';

type Row = KlantcontactFigures['steps'][number];

/** Where the figures come from: the gemeente's own data (or synthetic), the period, what is hidden. */
export function ProvenanceNote({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n();
  return (
    <div className="bb-provenance">
      <Paragraph small>
        {t('journeys.kc.period', { from: provenance.period.from, to: provenance.period.to })}
        {provenance.synthetic && ` ${t('journeys.kc.syntheticNote')}`}
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {[
          provenance.kto,
          provenance.contacts,
          ...provenance.hidden.map((h) => t('journeys.kc.hidden', { what: h })),
        ]
          .filter(Boolean)
          .map((line) => (
            <li key={line} className="utrecht-unordered-list__item">
              {line}
            </li>
          ))}
      </ul>
    </div>
  );
}

/** Measured heartbeats from Klantcontact: KTO answers and contacts of the categories and topics linked to a step. */
export function KlantcontactPanel({
  journeyId,
  document,
  editable,
}: {
  journeyId: string;
  document: JourneyDocument;
  editable: boolean;
}) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: [...JOURNEYS_KEY, 'klantcontact', journeyId],
    queryFn: () => getFigures(journeyId),
  });
  const data = query.data;
  return (
    <section aria-labelledby="kc-heading" className="bb-section bb-no-print">
      <Heading level={2} id="kc-heading">
        {t('journeys.kc.heading')}
      </Heading>
      <Paragraph small>{t('journeys.kc.help')}</Paragraph>
      {!data ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <DataTable<Row>
            caption={t('journeys.kc.caption', { count: data.steps.length })}
            rows={data.steps}
            rowKey={(r) => r.stepId}
            columns={[
              {
                key: 'step',
                header: t('journeys.table.step'),
                rowHeader: true,
                render: (r) => findStep(document, r.stepId)?.step.title ?? r.stepId,
              },
              {
                key: 'kto',
                header: t('journeys.kc.kto'),
                render: (r) => (r.ktoCategories.length ? ktoText(t, r.kto) : '—'),
              },
              {
                key: 'contacts',
                header: t('journeys.kc.contacts'),
                render: (r) => (r.contactTopics.length ? contactText(t, r.contacts) : '—'),
              },
            ]}
          />
          <ProvenanceNote provenance={data.provenance} />
          {editable && <StepLinksForm journeyId={journeyId} document={document} links={data.steps} />}
        </>
      )}
    </section>
  );
}
