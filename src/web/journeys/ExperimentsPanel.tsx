import { useQuery } from '@tanstack/react-query';
import type { JourneyDocument } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { findStep } from './docEdit';
import { ExperimentCard } from './ExperimentCard';
import { ExperimentDesignForm } from './ExperimentDesignForm';
import { JOURNEYS_KEY, listExperiments } from './journeysApi';

interface Props {
  journeyId: string;
  document: JourneyDocument;
  editable: boolean;
  onConcluded: () => void;
}

/** A/B experiments on the steps of this journey. */
export function ExperimentsPanel({ journeyId, document, editable, onConcluded }: Props) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: [...JOURNEYS_KEY, 'experiments', journeyId],
    queryFn: () => listExperiments(journeyId),
  });
  return (
    <section aria-labelledby="experiments-heading" className="bb-section bb-no-print">
      <Heading level={2} id="experiments-heading">
        {t('journeys.experiment.heading')}
      </Heading>
      <Paragraph small>{t('journeys.experiment.help')}</Paragraph>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data?.length === 0 && <Paragraph>{t('journeys.experiment.none')}</Paragraph>}
      {query.data?.map((experiment) => (
        <ExperimentCard
          key={experiment.id}
          journeyId={journeyId}
          experiment={experiment}
          stepTitle={findStep(document, experiment.stepId)?.step.title ?? experiment.stepId}
          editable={editable}
          onConcluded={onConcluded}
        />
      ))}
      {editable && <ExperimentDesignForm journeyId={journeyId} document={document} />}
    </section>
  );
}
