import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { grounding } from '../../shared/journeys/grounding';
import type { JourneyDocument } from '../../shared/journeys/model';
import { getJson } from '../api/http';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { JourneyMap } from './JourneyMap';
import { JourneyTable } from './JourneyTable';
import { JOURNEYS_KEY } from './journeysApi';

interface VersionSnapshot {
  version: number;
  savedBy: string | null;
  savedAt: string;
  meta: { title?: string };
  document: JourneyDocument;
}

const none = () => undefined;

/** An old version of a map, read-only: the picture and the table as they were saved then. */
export function VersionPage() {
  const { id = '', version = '' } = useParams();
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: [...JOURNEYS_KEY, 'version', id, version],
    queryFn: () =>
      getJson<VersionSnapshot>(
        `/api/v1/journeys/${encodeURIComponent(id)}/versions/${encodeURIComponent(version)}`,
      ),
  });
  const v = query.data;
  if (!v)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  const ground = grounding(v.document, new Set());
  const savedAt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(v.savedAt));
  const title = v.meta.title ?? '';
  return (
    <>
      <PageHeading>{t('journeys.versions.pageTitle', { title, version: v.version })}</PageHeading>
      <Alert type="info">
        <Paragraph>{t('journeys.versions.readOnly', { savedAt, savedBy: v.savedBy ?? '—' })}</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to={`/klantreizen/${id}`}>{t('journeys.versions.back')}</RouterLink>
      </Paragraph>
      <section aria-labelledby="version-map-heading" className="bb-section bb-map-section">
        <Heading level={2} id="version-map-heading">
          {t('journeys.map.heading')}
        </Heading>
        <div className="bb-map-scroll" role="region" aria-labelledby="version-map-heading" tabIndex={0}>
          <JourneyMap
            title={title}
            document={v.document}
            assumedStepIds={ground.assumedStepIds}
            measured={new Map()}
          />
        </div>
      </section>
      <section aria-labelledby="version-table-heading" className="bb-section">
        <Heading level={2} id="version-table-heading">
          {t('journeys.table.heading')}
        </Heading>
        <JourneyTable
          document={v.document}
          measurements={[]}
          editable={false}
          onEdit={none}
          onAdd={none}
          onMove={none}
        />
      </section>
    </>
  );
}
