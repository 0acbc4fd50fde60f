import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { caseAdminKeys, listCategories, type Category } from '../caseAdminApi';
import { EditLink } from '../EditLink';

/** /beheer/formulieren — one e-form per category a resident can report on (the leaves). */
export function FormsPage() {
  const { t } = useI18n();
  const query = useQuery({ queryKey: caseAdminKeys.categories, queryFn: listCategories });
  const all = query.data ?? [];
  const parents = new Set(all.map((c) => c.parentCode).filter(Boolean));
  const leaves = all
    .filter((c) => c.active && !parents.has(c.code))
    .sort((a, b) => a.nameNl.localeCompare(b.nameNl));
  const columns: Column<Category>[] = [
    { key: 'name', header: t('caseAdmin.category.nameNl'), rowHeader: true, render: (c) => c.nameNl },
    { key: 'code', header: t('caseAdmin.category.code'), render: (c) => c.code },
    {
      key: 'actions',
      header: t('table.actions'),
      render: (c) => (
        <EditLink to={encodeURIComponent(c.code)} name={t('caseAdmin.form.of', { name: c.nameNl })} />
      ),
    },
  ];
  return (
    <>
      <PageHeading>{t('caseAdmin.forms')}</PageHeading>
      <Paragraph>{t('caseAdmin.forms.intro')}</Paragraph>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable
          caption={t('caseAdmin.forms.caption')}
          columns={columns}
          rows={leaves}
          rowKey={(c) => c.code}
          busy={query.isFetching}
        />
      )}
    </>
  );
}
