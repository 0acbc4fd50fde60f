import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SavedNotice } from '../admin/SavedNotice';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { CaseTimeline } from './CaseTimeline';
import { getPublicCase, publicKeys } from './publicApi';
import { PublicNotFound } from './PublicNotFound';
import { SatisfactionForm } from './SatisfactionForm';
import { useStatusLabel } from './statusLabels';

const CLOSED = ['afgehandeld', 'gesloten'];

/** /melding/:gemeente/:nummer?token=… — where the resident's melding stands. */
export function FollowPage() {
  const { t, lang } = useI18n();
  const statusLabel = useStatusLabel();
  const { gemeente = '', nummer = '' } = useParams();
  const [search] = useSearchParams();
  const [thanks, setThanks] = useState<string | null>(null);
  const token = search.get('token') ?? '';
  const query = useQuery({
    queryKey: publicKeys.case(gemeente, nummer),
    queryFn: () => getPublicCase(gemeente, nummer, token),
    enabled: token !== '',
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });

  // Without the right token the server does not say whether the number exists: neither do we.
  if (!token || (isApiError(query.error) && [401, 403, 404].includes(query.error.status))) {
    return <PublicNotFound what="case" />;
  }
  const melding = query.data;
  return (
    <>
      <PageHeading>{t('publicForms.follow.title', { number: nummer })}</PageHeading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {melding && (
        <>
          <dl className="bb-facts">
            {melding.categoryName && (
              <div>
                <dt>{t('publicForms.follow.category')}</dt>
                <dd>{melding.categoryName}</dd>
              </div>
            )}
            <div>
              <dt>{t('publicForms.follow.status')}</dt>
              <dd>{statusLabel(melding.status)}</dd>
            </div>
            {melding.createdAt && (
              <div>
                <dt>{t('publicForms.follow.created')}</dt>
                <dd>{formatDate(lang, melding.createdAt)}</dd>
              </div>
            )}
            {melding.dueDate && !CLOSED.includes(melding.status) && (
              <div>
                <dt>{t('publicForms.follow.due')}</dt>
                <dd>{formatDate(lang, melding.dueDate)}</dd>
              </div>
            )}
          </dl>
          <Heading level={2}>{t('publicForms.follow.history')}</Heading>
          <CaseTimeline events={melding.events} />
          <SavedNotice message={thanks} />
          {melding.satisfaction?.answered && !thanks && <Paragraph>{t('publicForms.kto.already')}</Paragraph>}
          {melding.satisfaction?.canAnswer && !thanks && CLOSED.includes(melding.status) && (
            <SatisfactionForm gemeente={gemeente} number={nummer} token={token} onAnswered={setThanks} />
          )}
        </>
      )}
    </>
  );
}
