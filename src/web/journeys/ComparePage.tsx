import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { JourneyMap } from './JourneyMap';
import { getDiff, getJourney, JOURNEYS_KEY } from './journeysApi';
import { label, percent } from './labels';
import type { PhaseDiff } from './types';

/** Current and desired journey side by side, and per phase what the desired one changes. */
export function ComparePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const diff = useQuery({ queryKey: [...JOURNEYS_KEY, 'diff', id], queryFn: () => getDiff(id) });
  const current = useQuery({
    queryKey: [...JOURNEYS_KEY, 'detail', diff.data?.current.id],
    enabled: !!diff.data,
    queryFn: () => getJourney(diff.data!.current.id),
  });
  const desired = useQuery({
    queryKey: [...JOURNEYS_KEY, 'detail', diff.data?.desired.id],
    enabled: !!diff.data,
    queryFn: () => getJourney(diff.data!.desired.id),
  });

  return (
    <>
      <PageHeading>{t('journeys.compare.title')}</PageHeading>
      <Paragraph>
        <RouterLink to={`/klantreizen/${id}`}>{t('journeys.compare.back')}</RouterLink>
      </Paragraph>
      <QueryState isPending={diff.isPending} error={diff.error} onRetry={() => void diff.refetch()} />
      {diff.data && (
        <>
          <div className="bb-compare">
            {[current.data?.data, desired.data?.data].map(
              (journey, i) =>
                journey && (
                  <section key={journey.id} aria-labelledby={`compare-${i}`} className="bb-compare__side">
                    <Heading level={2} id={`compare-${i}`}>
                      {label(t, 'journeys.state', journey.state)}: {journey.title}
                    </Heading>
                    <Paragraph small>
                      {journey.grounding.share === null
                        ? t('journeys.grounding.none')
                        : t('journeys.grounding.share', { share: percent(journey.grounding.share) })}
                    </Paragraph>
                    <div
                      className="bb-map-scroll"
                      role="region"
                      aria-labelledby={`compare-${i}`}
                      tabIndex={0}
                    >
                      <JourneyMap
                        title={journey.title}
                        document={journey.document}
                        assumedStepIds={journey.grounding.assumedStepIds}
                        measured={new Map()}
                      />
                    </div>
                    <RouterLink to={`/klantreizen/${journey.id}`}>
                      {t('journeys.compare.open', { title: journey.title })}
                    </RouterLink>
                  </section>
                ),
            )}
          </div>
          <section aria-labelledby="compare-changes" className="bb-section">
            <Heading level={2} id="compare-changes">
              {t('journeys.compare.changes')}
            </Heading>
            {diff.data.phases.map((phase, i) => (
              <PhaseChanges key={phase.key} phase={phase} number={i + 1} />
            ))}
          </section>
        </>
      )}
    </>
  );
}

function PhaseChanges({ phase, number }: { phase: PhaseDiff; number: number }) {
  const { t } = useI18n();
  const name =
    phase.nameCurrent === phase.nameDesired
      ? phase.nameDesired
      : `${phase.nameCurrent} → ${phase.nameDesired}`;
  const nothing = !phase.added.length && !phase.removed.length && !phase.changed.length;
  return (
    <div className="bb-journey__phase">
      <Heading level={3}>{t('journeys.table.phase', { number, name })}</Heading>
      {nothing && <Paragraph>{t('journeys.compare.same', { count: phase.unchanged })}</Paragraph>}
      <ul className="utrecht-unordered-list">
        {phase.added.map((s) => (
          <li key={`a-${s.stepId}`} className="utrecht-unordered-list__item">
            {t('journeys.compare.added', { title: s.title })}
          </li>
        ))}
        {phase.removed.map((s) => (
          <li key={`r-${s.stepId}`} className="utrecht-unordered-list__item">
            {t('journeys.compare.removed', { title: s.title })}
          </li>
        ))}
        {phase.changed.map((s) => (
          <li key={`c-${s.stepId}`} className="utrecht-unordered-list__item">
            {t('journeys.compare.changed', {
              title: s.title,
              lanes: s.lanes
                .map((l) => (l === 'title' ? t('journeys.step.title') : t(`journeys.lane.${l}`)))
                .join(', '),
            })}
          </li>
        ))}
      </ul>
      {!nothing && phase.unchanged > 0 && (
        <Paragraph small>{t('journeys.compare.same', { count: phase.unchanged })}</Paragraph>
      )}
    </div>
  );
}
