import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../api/http';
import { isApiError } from '../api/problem';
import { uuid } from '../api/uuid';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable';
import { SelectField } from '../ui/FormField';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { copyFromLibrary, LIBRARY_KEY, listLibrary } from './journeysApi';
import { label } from './labels';
import type { LibrarySummary } from './types';

/** Personas and journeys that gemeenten on this installation published; copy one into your own. */
export function LibraryPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState('');
  const query = useQuery({ queryKey: [...LIBRARY_KEY, kind], queryFn: () => listLibrary(kind || undefined) });
  const copy = useMutation({
    mutationFn: (item: LibrarySummary) => copyFromLibrary(item.id, uuid()),
    onSuccess: (copied, item) =>
      void navigate(
        item.kind === 'persona' ? `/klantreizen/personas/${copied.id}` : `/klantreizen/${copied.id}`,
      ),
  });
  const withdraw = useMutation({
    mutationFn: (item: LibrarySummary) =>
      request('DELETE', `/api/v1/library/items/${encodeURIComponent(item.id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: LIBRARY_KEY }),
  });
  const failure = copy.error ?? withdraw.error;

  return (
    <>
      <PageHeading>{t('journeys.library.title')}</PageHeading>
      <Paragraph lead>{t('journeys.library.intro')}</Paragraph>
      <div className="bb-filters__fields">
        <SelectField
          id="library-kind"
          label={t('journeys.library.kind')}
          value={kind}
          placeholder={t('journeys.list.all')}
          options={[
            { value: 'persona', label: t('journeys.library.kind.persona') },
            { value: 'journey', label: t('journeys.library.kind.journey') },
          ]}
          onChange={(e) => setKind(e.target.value)}
        />
      </div>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{isApiError(failure) ? failure.problem.detail : t('app.error')}</Paragraph>
        </Alert>
      )}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable<LibrarySummary>
          caption={t('journeys.library.caption', { count: query.data.total })}
          rows={query.data.items}
          rowKey={(i) => i.id}
          columns={[
            { key: 'title', header: t('journeys.field.title'), rowHeader: true, render: (i) => i.title },
            {
              key: 'kind',
              header: t('journeys.library.kind'),
              render: (i) => label(t, 'journeys.library.kind', i.kind),
            },
            { key: 'summary', header: t('journeys.library.summary'), render: (i) => i.summary ?? '' },
            {
              key: 'publisher',
              header: t('journeys.library.publisher'),
              render: (i) => (i.own ? `${i.publisherName} (${t('journeys.library.own')})` : i.publisherName),
            },
            {
              key: 'actions',
              header: t('table.actions'),
              render: (i) => (
                <div className="bb-row-actions">
                  {can('journeys:manage') && (
                    <Button busy={copy.isPending} onClick={() => copy.mutate(i)}>
                      {t('journeys.library.copy')} <VisuallyHidden>{i.title}</VisuallyHidden>
                    </Button>
                  )}
                  {i.own && can('journeys:publish') && (
                    <Button appearance="subtle" busy={withdraw.isPending} onClick={() => withdraw.mutate(i)}>
                      {t('journeys.library.withdraw')} <VisuallyHidden>{i.title}</VisuallyHidden>
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
