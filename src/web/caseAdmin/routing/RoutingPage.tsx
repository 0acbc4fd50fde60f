import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SavedNotice } from '../../admin/SavedNotice';
import { isApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import {
  caseAdminKeys,
  deleteRoutingRule,
  listCategories,
  listRoutingRules,
  type RoutingRule,
} from '../caseAdminApi';
import { useTeams } from '../../admin/teams/useTeams';
import { RoutingRuleForm } from './RoutingRuleForm';

/** /beheer/routering — which team gets a new melding; the most specific matching rule wins. */
export function RoutingPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const teams = useTeams();
  const rules = useQuery({ queryKey: caseAdminKeys.routing, queryFn: listRoutingRules });
  const categories = useQuery({ queryKey: caseAdminKeys.categories, queryFn: listCategories });
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const categoryName = (code: string) => categories.data?.find((c) => c.code === code)?.nameNl ?? code;

  const remove = useMutation({
    mutationFn: deleteRoutingRule,
    onMutate: () => {
      setNotice(null);
      setFailure(null);
    },
    onSuccess: () => setNotice(t('caseAdmin.rule.deleted')),
    onError: (error) =>
      setFailure(isApiError(error) && error.status === 412 ? t('form.stale') : t('form.genericError')),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: caseAdminKeys.routing }),
  });

  const describe = (r: RoutingRule) =>
    `${categoryName(r.categoryCode)} ${r.postcodeFrom ? `${r.postcodeFrom}–${r.postcodeTo}` : ''}`.trim();
  const columns: Column<RoutingRule>[] = [
    {
      key: 'category',
      header: t('caseAdmin.rule.categoryCode'),
      rowHeader: true,
      render: (r) => categoryName(r.categoryCode),
    },
    {
      key: 'area',
      header: t('caseAdmin.rule.area'),
      render: (r) =>
        r.postcodeFrom ? `${r.postcodeFrom}–${r.postcodeTo}` : t('caseAdmin.rule.wholeGemeente'),
    },
    { key: 'team', header: t('caseAdmin.rule.teamId'), render: (r) => teams.nameOf(r.teamId) },
    { key: 'priority', header: t('caseAdmin.rule.priority'), numeric: true, render: (r) => r.priority },
    {
      key: 'actions',
      header: t('table.actions'),
      render: (r) => (
        <Button appearance="subtle" busy={remove.isPending} onClick={() => remove.mutate(r)}>
          {t('caseAdmin.delete')}
          <VisuallyHidden>{` ${describe(r)}`}</VisuallyHidden>
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading>{t('caseAdmin.routing')}</PageHeading>
      <Paragraph>{t('caseAdmin.routing.intro')}</Paragraph>
      <SavedNotice message={notice} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <QueryState isPending={rules.isPending} error={rules.error} onRetry={() => void rules.refetch()} />
      {rules.data && (
        <DataTable
          caption={t('caseAdmin.routing.caption')}
          columns={columns}
          rows={rules.data}
          rowKey={(r) => r.id}
          busy={rules.isFetching}
        />
      )}
      <section aria-labelledby="add-rule-heading" className="bb-section">
        <Heading level={2} id="add-rule-heading">
          {t('caseAdmin.rule.add')}
        </Heading>
        <RoutingRuleForm categories={categories.data ?? []} />
      </section>
    </>
  );
}
