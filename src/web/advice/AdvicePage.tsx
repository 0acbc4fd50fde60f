import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { ADVICE_KEY, fetchAdvice } from './adviceApi';
import { ChannelTable } from './figures/ChannelTable';
import { ProfileRights } from './figures/ProfileRights';
import { ProvenanceLine } from './figures/Provenance';
import { ReasonList } from './figures/ReasonList';
import { ShareBars } from './figures/ShareBars';
import type { Selection } from './selection';
import type { Catalogue } from './types';
import { useNames } from './useAdviceData';
import { WithSelection } from './WithSelection';

const FIELDS = ['dataset', 'context', 'scheme', 'group', 'phase'] as const;

export function AdvicePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('nav.advice')}</PageHeading>
      <Paragraph>{t('advice.intro')}</Paragraph>
      <WithSelection idPrefix="advice" fields={FIELDS} submitLabel={t('advice.show')}>
        {(selection, catalogue) => <AdviceResult selection={selection} catalogue={catalogue} />}
      </WithSelection>
    </>
  );
}

function AdviceResult({ selection, catalogue }: { selection: Selection; catalogue: Catalogue }) {
  const { t } = useI18n();
  const names = useNames(catalogue);
  const { dataset, context, scheme, group, phase } = selection;
  const query = useQuery({
    queryKey: [...ADVICE_KEY, 'cell', { dataset, context, scheme, group, phase }],
    queryFn: () => fetchAdvice({ dataset, context, scheme, group, phase }),
    placeholderData: keepPreviousData,
  });
  const advice = query.data;
  const groupName = advice ? names.group(advice.scheme, advice.group, advice.groupName) : '';
  const phaseName = advice ? names.phase(advice.context, advice.phase, advice.phaseName) : '';

  return (
    <>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {advice && (
        <section aria-labelledby="advice-result-heading" aria-busy={query.isFetching || undefined}>
          <Heading level={2} id="advice-result-heading">
            {t('advice.resultTitle', { group: groupName, phase: advice.phase, phaseName })}
          </Heading>
          <Paragraph role="status">
            {t(`advice.context.${advice.context}`)} · {t('advice.respondents', { n: advice.n })}
          </Paragraph>
          {advice.small && (
            <Alert type="warning">
              <Paragraph>{t('advice.smallCell', { n: advice.n, min: advice.minCell })}</Paragraph>
            </Alert>
          )}
          <Heading level={3}>{t('advice.channels')}</Heading>
          <ShareBars
            rows={advice.channels.map((c) => ({
              key: c.code,
              label: names.channel(c.code, c.name),
              share: c.share,
              ci: c.ci,
            }))}
          />
          <ChannelTable
            caption={t('advice.channelsCaption', { group: groupName, phase: advice.phase, phaseName })}
            channels={advice.channels}
            n={advice.n}
            small={advice.small}
            channelName={names.channel}
          />
          <ProvenanceLine provenance={advice.provenance} />
          <ProfileRights catalogue={catalogue} scheme={advice.scheme} />
          <div className="bb-advice-reasons">
            <section aria-labelledby="advice-motives-heading">
              <Heading level={3} id="advice-motives-heading">
                {t('advice.motives')}
              </Heading>
              <ReasonList items={advice.motives} n={advice.n} name={names.motive} empty={t('advice.none')} />
              <ProvenanceLine provenance={advice.provenance} />
            </section>
            <section aria-labelledby="advice-expectations-heading">
              <Heading level={3} id="advice-expectations-heading">
                {t('advice.expectations')}
              </Heading>
              <ReasonList
                items={advice.expectations}
                n={advice.n}
                name={names.expectation}
                empty={t('advice.none')}
              />
              <ProvenanceLine provenance={advice.provenance} />
            </section>
          </div>
        </section>
      )}
    </>
  );
}
