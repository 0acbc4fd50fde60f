import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { caseAdminKeys, importCategories, listCategories, type Category } from '../caseAdminApi';
import { CsvImportForm } from '../CsvImportForm';
import { EditLink } from '../EditLink';
import { treeOrder } from '../tree';
import { useTeams } from '../../admin/teams/useTeams';
import { CategoryCreateForm } from './CategoryCreateForm';

type Row = { item: Category; depth: number };

/** /beheer/meldingcategorieen — the category tree with due periods and default teams. */
export function CategoriesPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const teams = useTeams();
  const query = useQuery({ queryKey: caseAdminKeys.categories, queryFn: listCategories });
  const rows = treeOrder(query.data ?? []);

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('caseAdmin.category.nameNl'),
      rowHeader: true,
      // The depth is spoken as well as indented, so the tree is not only visual.
      render: ({ item, depth }) => (
        <span className="bb-tree-name" data-depth={Math.min(depth, 5)}>
          {depth > 0 && (
            <span className="bb-visually-hidden">{t('caseAdmin.level', { level: depth + 1 })} </span>
          )}
          {item.nameNl}
        </span>
      ),
    },
    { key: 'code', header: t('caseAdmin.category.code'), render: ({ item }) => item.code },
    { key: 'kind', header: t('caseAdmin.category.kind'), render: ({ item }) => kindLabel(item.kind) },
    {
      key: 'due',
      header: t('caseAdmin.category.dueShort'),
      numeric: true,
      render: ({ item }) => item.dueWorkingDays,
    },
    {
      key: 'team',
      header: t('caseAdmin.category.defaultTeamId'),
      render: ({ item }) => teams.nameOf(item.defaultTeamId),
    },
    {
      key: 'active',
      header: t('caseAdmin.active'),
      render: ({ item }) => (item.active ? t('form.yes') : t('form.no')),
    },
    {
      key: 'actions',
      header: t('table.actions'),
      render: ({ item }) => <EditLink to={encodeURIComponent(item.code)} name={item.nameNl} />,
    },
  ];

  function kindLabel(kind: string) {
    return ['melding', 'aanvraag', 'vraag', 'klacht'].includes(kind)
      ? t(`caseAdmin.kind.${kind as 'melding'}`)
      : kind;
  }

  return (
    <>
      <PageHeading>{t('caseAdmin.categories')}</PageHeading>
      <Paragraph>{t('caseAdmin.categories.intro')}</Paragraph>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable
          caption={t('caseAdmin.categories.caption')}
          columns={columns}
          rows={rows}
          rowKey={({ item }) => item.code}
          busy={query.isFetching}
        />
      )}
      <section aria-labelledby="add-category-heading" className="bb-section">
        <Heading level={2} id="add-category-heading">
          {t('caseAdmin.category.add')}
        </Heading>
        <CategoryCreateForm categories={query.data ?? []} />
      </section>
      <section aria-labelledby="import-category-heading" className="bb-section">
        <Heading level={2} id="import-category-heading">
          {t('caseAdmin.categories.import')}
        </Heading>
        <CsvImportForm
          id="import-categories"
          columns="code;parent_code;kind;name_nl;name_en;due_working_days;team"
          upload={importCategories}
          onDone={() => void queryClient.invalidateQueries({ queryKey: caseAdminKeys.categories })}
        />
      </section>
    </>
  );
}
