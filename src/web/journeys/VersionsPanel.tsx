import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getJson } from '../api/http';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { JOURNEYS_KEY } from './journeysApi';

interface Version {
  version: number;
  savedBy: string | null;
  savedAt: string;
}

/** Every save is a version; the list says who saved when (newest first). */
export function VersionsPanel({ journeyId, current }: { journeyId: string; current: number }) {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: [...JOURNEYS_KEY, 'versions', journeyId, current],
    queryFn: () =>
      getJson<{ items: Version[] }>(`/api/v1/journeys/${encodeURIComponent(journeyId)}/versions`),
  });
  // Made once per language: building a DateTimeFormat costs milliseconds, and the panel
  // re-renders with the map page (it showed up in the profile of opening a map, issue 5).
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }),
    [lang],
  );
  return (
    <section aria-labelledby="versions-heading" className="bb-section bb-no-print">
      <Heading level={2} id="versions-heading">
        {t('journeys.versions.heading')}
      </Heading>
      {query.data && (
        <DataTable<Version>
          caption={t('journeys.versions.caption', { count: query.data.items.length })}
          rows={query.data.items}
          rowKey={(v) => String(v.version)}
          columns={[
            {
              key: 'version',
              header: t('journeys.field.version'),
              rowHeader: true,
              render: (v) => v.version,
            },
            {
              key: 'savedAt',
              header: t('journeys.versions.savedAt'),
              render: (v) => format.format(new Date(v.savedAt)),
            },
            { key: 'savedBy', header: t('journeys.versions.savedBy'), render: (v) => v.savedBy ?? '—' },
            {
              key: 'open',
              header: t('journeys.versions.open'),
              render: (v) => (
                <RouterLink to={`/klantreizen/${journeyId}/versies/${v.version}`}>
                  {t('journeys.versions.openVersion', { version: v.version })}
                </RouterLink>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
