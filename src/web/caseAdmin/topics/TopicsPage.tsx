import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { caseAdminKeys, importTopics, listTopics, type Topic } from '../caseAdminApi';
import { CsvImportForm } from '../CsvImportForm';
import { treeOrder } from '../tree';
import { TopicCreateForm } from './TopicCreateForm';

type Row = { item: Topic; depth: number };

/** /beheer/contactonderwerpen — the tree of contact reasons the KCC picks from. */
export function TopicsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: caseAdminKeys.topics, queryFn: listTopics });
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('caseAdmin.topic.nameNl'),
      rowHeader: true,
      render: ({ item, depth }) => (
        <span className="bb-tree-name" data-depth={Math.min(depth, 5)}>
          {depth > 0 && (
            <span className="bb-visually-hidden">{t('caseAdmin.level', { level: depth + 1 })} </span>
          )}
          {item.nameNl}
        </span>
      ),
    },
    { key: 'code', header: t('caseAdmin.topic.code'), render: ({ item }) => item.code },
    {
      key: 'phase',
      header: t('caseAdmin.topic.phase'),
      render: ({ item }) => (item.phase ? t(`caseAdmin.phase.${item.phase as 1}`) : ''),
    },
    {
      key: 'avoidable',
      header: t('caseAdmin.topic.avoidableShort'),
      render: ({ item }) => (item.avoidable ? t('form.yes') : t('form.no')),
    },
    {
      key: 'active',
      header: t('caseAdmin.active'),
      render: ({ item }) => (item.active ? t('form.yes') : t('form.no')),
    },
  ];

  return (
    <>
      <PageHeading>{t('caseAdmin.topics')}</PageHeading>
      <Paragraph>{t('caseAdmin.topics.intro')}</Paragraph>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable
          caption={t('caseAdmin.topics.caption')}
          columns={columns}
          rows={treeOrder(query.data)}
          rowKey={({ item }) => item.code}
          busy={query.isFetching}
        />
      )}
      <section aria-labelledby="add-topic-heading" className="bb-section">
        <Heading level={2} id="add-topic-heading">
          {t('caseAdmin.topic.add')}
        </Heading>
        <TopicCreateForm topics={query.data ?? []} />
      </section>
      <section aria-labelledby="import-topic-heading" className="bb-section">
        <Heading level={2} id="import-topic-heading">
          {t('caseAdmin.topics.import')}
        </Heading>
        <CsvImportForm
          id="import-topics"
          columns="code;parent_code;name_nl;name_en;phase;avoidable"
          upload={importTopics}
          onDone={() => void queryClient.invalidateQueries({ queryKey: caseAdminKeys.topics })}
        />
      </section>
    </>
  );
}
