import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { listPublicForms, publicKeys } from './publicApi';
import { PublicNotFound } from './PublicNotFound';

/** /melden/:gemeente — the published e-forms of one gemeente. */
export function FormListPage() {
  const { t, lang } = useI18n();
  const { gemeente = '' } = useParams();
  const query = useQuery({
    queryKey: publicKeys.forms(gemeente),
    queryFn: () => listPublicForms(gemeente),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });

  if (isApiError(query.error) && query.error.status === 404) return <PublicNotFound what="gemeente" />;
  const data = query.data;
  return (
    <>
      <PageHeading>
        {data ? t('publicForms.list.title', { name: data.gemeente.name }) : t('publicForms.list.titlePlain')}
      </PageHeading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {data && (
        <>
          <Paragraph lead>{t('publicForms.list.intro')}</Paragraph>
          {data.items.length === 0 ? (
            <Paragraph>{t('publicForms.list.empty')}</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list bb-module-list">
              {data.items.map((form) => (
                <li key={form.categoryCode} className="utrecht-unordered-list__item">
                  <RouterLink
                    to={`/melden/${encodeURIComponent(gemeente)}/${encodeURIComponent(form.categoryCode)}`}
                  >
                    {(lang === 'en' && form.titleEn) || form.titleNl}
                  </RouterLink>
                  {form.introNl && <span className="bb-module-list__about"> {form.introNl}</span>}
                </li>
              ))}
            </ul>
          )}
          <Paragraph>{t('publicForms.list.emergency')}</Paragraph>
        </>
      )}
    </>
  );
}
