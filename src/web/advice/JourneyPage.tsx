import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { ADVICE_KEY, fetchJourney } from './adviceApi';
import { ProfileRights } from './figures/ProfileRights';
import { ProvenanceLine } from './figures/Provenance';
import { ShareText } from './figures/ShareText';
import type { Selection } from './selection';
import type { Catalogue } from './types';
import { useNames } from './useAdviceData';
import { WithSelection } from './WithSelection';

const FIELDS = ['dataset', 'context', 'scheme', 'group'] as const;
const TOP = 5;

export function JourneyPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('advice.nav.journey')}</PageHeading>
      <Paragraph>{t('advice.journey.intro')}</Paragraph>
      <WithSelection idPrefix="journey" fields={FIELDS} submitLabel={t('advice.show')}>
        {(selection, catalogue) => <JourneyResult selection={selection} catalogue={catalogue} />}
      </WithSelection>
    </>
  );
}

function JourneyResult({ selection, catalogue }: { selection: Selection; catalogue: Catalogue }) {
  const { t } = useI18n();
  const names = useNames(catalogue);
  const { dataset, context, scheme, group } = selection;
  const query = useQuery({
    queryKey: [...ADVICE_KEY, 'journey', { dataset, context, scheme, group }],
    queryFn: () => fetchJourney({ dataset, context, scheme, group }),
    placeholderData: keepPreviousData,
  });
  const journey = query.data;

  return (
    <>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {journey && (
        <section aria-labelledby="journey-heading" aria-busy={query.isFetching || undefined}>
          <Heading level={2} id="journey-heading">
            {t('advice.journey.title', {
              group: names.group(journey.scheme, journey.group),
              context: t(`advice.context.${journey.context}`),
            })}
          </Heading>
          <ol className="bb-journey">
            {journey.phases.map((p) => (
              <li key={p.phase} className="bb-journey__phase">
                <Heading level={3}>
                  {t('advice.phaseTitle', {
                    phase: p.phase,
                    phaseName: names.phase(p.context, p.phase, p.phaseName),
                  })}
                </Heading>
                {p.small && (
                  <Alert type="warning">
                    <Paragraph>{t('advice.smallCell', { n: p.n, min: p.minCell })}</Paragraph>
                  </Alert>
                )}
                {p.channels.length === 0 ? (
                  <Paragraph>{t('advice.none')}</Paragraph>
                ) : (
                  <ol className="utrecht-ordered-list">
                    {p.channels.slice(0, TOP).map((c) => (
                      <li key={c.code} className="utrecht-ordered-list__item">
                        {names.channel(c.code, c.name)}: <ShareText share={c.share} ci={c.ci} n={p.n} />
                      </li>
                    ))}
                  </ol>
                )}
                <ProvenanceLine provenance={p.provenance} />
              </li>
            ))}
          </ol>
          <ProfileRights catalogue={catalogue} scheme={journey.scheme} />
        </section>
      )}
    </>
  );
}
