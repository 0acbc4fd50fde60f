import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useNavigate, useParams } from 'react-router';
import { grounding } from '../../shared/journeys/grounding';
import type { JourneyDocument } from '../../shared/journeys/model';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { measurementText } from './cells';
import { DesiredCopyButton } from './DesiredCopyButton';
import { BeforeAfterPanel } from './BeforeAfterPanel';
import { BelowTheMap } from './BelowTheMap';
import { ConfirmDelete } from './ConfirmDelete';
import { ExperimentsPanel } from './ExperimentsPanel';
import { ExportPanel } from './ExportPanel';
import { JourneySummaryBlock } from './JourneySummary';
import { JourneyViews } from './JourneyViews';
import { getDiff, JOURNEYS_KEY, listMeasurements } from './journeysApi';
import { deleteJourney } from './klantcontactApi';
import { KlantcontactPanel } from './KlantcontactPanel';
import { MeasurementsPanel } from './MeasurementsPanel';
import { MetaEditor } from './MetaEditor';
import { PublishButton } from './PublishButton';
import { SaveBar } from './SaveBar';
import { useJourneyEditor } from './useJourneyEditor';
import { VersionsPanel } from './VersionsPanel';

/** One journey map: the picture or the table that edits it, export, measurements and experiments. */
export function JourneyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const can = useCan();
  const editable = can('journeys:manage');
  const editor = useJourneyEditor(id);
  const navigate = useNavigate();
  const measurementsQuery = useQuery({
    queryKey: [...JOURNEYS_KEY, 'measurements', id],
    queryFn: () => listMeasurements(id),
  });
  // The counterpart may point at this journey rather than the other way round; the server's diff
  // finds it either way (409 when there is none), so its answer decides whether to offer the link.
  const diffQuery = useQuery({
    queryKey: [...JOURNEYS_KEY, 'diff', id],
    queryFn: () => getDiff(id),
    retry: false,
  });
  const { journey, draft } = editor;
  // Stable props for the memoised map and table (see JourneyMap): recomputed only when the map or
  // the measurements change, not when a panel loads or the step editor opens.
  const measurementData = measurementsQuery.data;
  const measurements = useMemo(() => measurementData ?? [], [measurementData]);
  const ground = useMemo(
    () => (draft ? grounding(draft, new Set(measurements.map((m) => m.stepId))) : null),
    [draft, measurements],
  );
  const latest = useMemo(
    () => new Map(measurements.map((m) => [m.stepId, measurementText(t, m)] as const)),
    [measurements, t],
  );
  // One stable callback for the memoised views; it always edits the latest draft.
  const latestEdit = useRef(editor.edit);
  latestEdit.current = editor.edit;
  const edit = useCallback((next: JourneyDocument) => latestEdit.current(next), []);

  // The map and the table wait for the measurements too (issue 5): drawn once with them, not drawn
  // and then drawn again when they arrive. If they fail, the map is drawn without them and the
  // measurements panel shows the error.
  if (!journey || !draft || !ground || measurementsQuery.isPending)
    return (
      <QueryState
        isPending={editor.query.isPending || measurementsQuery.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
    );

  return (
    <>
      <PageHeading>{journey.title}</PageHeading>
      <JourneySummaryBlock journey={journey} ground={ground} />
      {diffQuery.isSuccess && (
        <Paragraph>
          <RouterLink to={`/klantreizen/${journey.id}/vergelijken`}>{t('journeys.compare.link')}</RouterLink>
        </Paragraph>
      )}
      {diffQuery.isError && editable && journey.state === 'current' && (
        <DesiredCopyButton journey={journey} />
      )}
      {editable && editor.meta && <MetaEditor meta={editor.meta} onChange={editor.setMeta} />}
      {editable && (
        <SaveBar
          dirty={editor.dirty}
          busy={editor.save.isPending}
          saved={editor.saved}
          stale={editor.stale}
          failure={editor.failure}
          onSave={() => editor.save.mutate()}
          onReload={() => void editor.reload()}
        />
      )}

      <JourneyViews
        title={journey.title}
        document={draft}
        measurements={measurements}
        measured={latest}
        assumedStepIds={ground.assumedStepIds}
        editable={editable}
        onChange={edit}
      />

      <ExportPanel journey={journey} ground={ground} document={draft} measured={latest} />
      <BelowTheMap editable={editable}>
        <MeasurementsPanel
          journeyId={journey.id}
          document={draft}
          query={measurementsQuery}
          editable={editable}
        />
        <KlantcontactPanel journeyId={journey.id} document={draft} editable={editable} />
        {journey.state === 'desired' && (
          <BeforeAfterPanel
            journey={journey}
            document={draft}
            editable={editable}
            onLive={() => void editor.reload()}
          />
        )}
        <ExperimentsPanel
          journeyId={journey.id}
          document={draft}
          editable={editable}
          onConcluded={() => void editor.reload()}
        />
        <VersionsPanel journeyId={journey.id} current={journey.version} />
        {can('journeys:publish') && <PublishButton kind="journey" sourceId={journey.id} />}
        {editable && editor.etag && (
          <section aria-labelledby="journey-delete-heading" className="bb-section bb-no-print">
            <Heading level={2} id="journey-delete-heading">
              {t('journeys.delete.sectionHeading')}
            </Heading>
            <ConfirmDelete
              name={journey.title}
              remove={() => deleteJourney(journey.id, editor.etag!)}
              onDeleted={() => void navigate('/klantreizen', { state: { deleted: journey.title } })}
              onReload={() => void editor.reload()}
            />
          </section>
        )}
      </BelowTheMap>
    </>
  );
}
