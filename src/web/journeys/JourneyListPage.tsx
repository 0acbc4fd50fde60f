import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { JOURNEY_STATES, TRAJECTORIES } from '../../shared/journeys/model';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable } from '../ui/DataTable';
import { SelectField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { JOURNEYS_KEY, listJourneys } from './journeysApi';
import { JOURNEYS_PATH } from './JourneysLayout';
import { label, options } from './labels';
import { prefetchJourney } from './prefetch';
import type { JourneySummary } from './types';

/** All journey maps of the gemeente, filtered by trajectory, state and life event (kept in the URL). */
export function JourneyListPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const trajectory = params.get('traject') ?? '';
  const state = params.get('toestand') ?? '';
  const lifeEvent = params.get('levensgebeurtenis') ?? '';
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...JOURNEYS_KEY, 'list', trajectory, state],
    queryFn: () => listJourneys({ trajectory, state }),
  });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const items = query.data?.items ?? [];
  const events = [...new Set(items.map((j) => j.lifeEvent))].sort((a, b) => a.localeCompare(b, 'nl'));
  const rows = lifeEvent ? items.filter((j) => j.lifeEvent === lifeEvent) : items;

  return (
    <>
      <PageHeading>{t('journeys.list.title')}</PageHeading>
      <Paragraph lead>{t('journeys.about')}</Paragraph>
      {can('journeys:manage') && (
        <Paragraph>
          <RouterLink to={`${JOURNEYS_PATH}/nieuw`}>{t('journeys.list.new')}</RouterLink>
        </Paragraph>
      )}
      <section aria-labelledby="journey-filters-heading" className="bb-filters">
        <Heading level={2} id="journey-filters-heading">
          {t('journeys.list.filters')}
        </Heading>
        <div className="bb-filters__fields">
          <SelectField
            id="filter-trajectory"
            label={t('journeys.field.trajectory')}
            value={trajectory}
            placeholder={t('journeys.list.all')}
            options={options(t, 'journeys.trajectory', TRAJECTORIES)}
            onChange={(e) => set('traject', e.target.value)}
          />
          <SelectField
            id="filter-state"
            label={t('journeys.field.state')}
            value={state}
            placeholder={t('journeys.list.all')}
            options={options(t, 'journeys.state', JOURNEY_STATES)}
            onChange={(e) => set('toestand', e.target.value)}
          />
          <SelectField
            id="filter-life-event"
            label={t('journeys.field.lifeEvent')}
            value={lifeEvent}
            placeholder={t('journeys.list.all')}
            options={events.map((value) => ({ value, label: value }))}
            onChange={(e) => set('levensgebeurtenis', e.target.value)}
          />
        </div>
      </section>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable<JourneySummary>
          caption={t('journeys.list.caption', { count: rows.length })}
          rows={rows}
          rowKey={(j) => j.id}
          columns={[
            {
              key: 'title',
              header: t('journeys.field.title'),
              rowHeader: true,
              render: (j) => (
                <RouterLink
                  to={`${JOURNEYS_PATH}/${j.id}`}
                  onClick={() => prefetchJourney(queryClient, j.id)}
                >
                  {j.title}
                </RouterLink>
              ),
            },
            {
              key: 'trajectory',
              header: t('journeys.field.trajectory'),
              render: (j) => label(t, 'journeys.trajectory', j.trajectory),
            },
            { key: 'lifeEvent', header: t('journeys.field.lifeEvent'), render: (j) => j.lifeEvent },
            {
              key: 'state',
              header: t('journeys.field.state'),
              render: (j) => label(t, 'journeys.state', j.state),
            },
            {
              key: 'audience',
              header: t('journeys.field.audience'),
              render: (j) => label(t, 'journeys.audience', j.audience),
            },
            { key: 'version', header: t('journeys.field.version'), numeric: true, render: (j) => j.version },
            {
              key: 'origin',
              header: t('journeys.field.origin'),
              render: (j) =>
                j.example
                  ? t('journeys.example')
                  : j.origin
                    ? label(t, 'journeys.origin', j.origin.kind)
                    : '',
            },
          ]}
        />
      )}
    </>
  );
}
