import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { EForm } from './EForm';
import { getPublicForm, publicKeys } from './publicApi';
import { PublicNotFound } from './PublicNotFound';

/** /melden/:gemeente/:categorie — one e-form, built from the category's definition. */
export function EFormPage() {
  const { t, lang } = useI18n();
  const { gemeente = '', categorie = '' } = useParams();
  const query = useQuery({
    queryKey: publicKeys.form(gemeente, categorie),
    queryFn: () => getPublicForm(gemeente, categorie),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
  const listPath = `/melden/${encodeURIComponent(gemeente)}`;

  if (isApiError(query.error) && query.error.status === 404) {
    return <PublicNotFound what="form" backTo={listPath} />;
  }
  const form = query.data;
  if (!form) {
    return (
      <>
        <PageHeading>{t('publicForms.formLoading')}</PageHeading>
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const title = (lang === 'en' && form.titleEn) || form.titleNl;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {form.gemeente && <Paragraph>{t('publicForms.forGemeente', { name: form.gemeente.name })}</Paragraph>}
      {form.introNl && <Paragraph lead>{form.introNl}</Paragraph>}
      <Paragraph>{t('publicForms.formHelp')}</Paragraph>
      <EForm gemeente={gemeente} category={categorie} form={form} />
      <Paragraph>
        <RouterLink to={listPath}>{t('publicForms.otherForms')}</RouterLink>
      </Paragraph>
    </>
  );
}
