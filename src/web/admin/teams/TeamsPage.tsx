import type { Team } from '../../api/types';
import { useCan, useSession } from '../../auth/SessionContext';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Pagination } from '../../ui/Pagination';
import { QueryState } from '../../ui/QueryState';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { usePagedList } from '../usePagedList';
import { TeamCreateForm } from './TeamCreateForm';
import { listTeams, TEAMS_KEY } from './teamsApi';

export function TeamsPage() {
  const { t, lang } = useI18n();
  const { tenant } = useSession();
  const can = useCan();
  const canManage = can('teams:manage');
  const { query, page, setPage, pageSize } = usePagedList(
    TEAMS_KEY,
    (p, size) => listTeams(p, size),
    undefined,
  );

  const columns: Column<Team>[] = [
    { key: 'name', header: t('teams.name'), render: (team) => team.name },
    { key: 'email', header: t('teams.email'), render: (team) => team.email ?? '' },
    { key: 'description', header: t('teams.description'), render: (team) => team.description ?? '' },
    { key: 'createdAt', header: t('teams.createdAt'), render: (team) => formatDate(lang, team.createdAt) },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('table.actions'),
      render: (team) => (
        <RouterLink to={team.id}>
          {t('form.edit')}
          <VisuallyHidden>{` ${team.name}`}</VisuallyHidden>
        </RouterLink>
      ),
    });
  }

  return (
    <>
      <PageHeading>{t('admin.teams')}</PageHeading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <>
          <DataTable
            caption={t('teams.caption', { tenant: tenant.name })}
            columns={columns}
            rows={query.data.items}
            rowKey={(team) => team.id}
            busy={query.isFetching}
          />
          <Pagination page={page} pageSize={pageSize} total={query.data.total} onPageChange={setPage} />
        </>
      )}
      {canManage && (
        <section aria-labelledby="add-team-heading" className="bb-section">
          <Heading level={2} id="add-team-heading">
            {t('teams.add')}
          </Heading>
          <TeamCreateForm />
        </section>
      )}
    </>
  );
}
