import { ROLE_LABELS } from '../../../shared/roles';
import type { User } from '../../api/types';
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
import { UserCreateForm } from './UserCreateForm';
import { listUsers, USERS_KEY } from './usersApi';

export function UsersPage() {
  const { t, lang } = useI18n();
  const { tenant } = useSession();
  const can = useCan();
  const canManage = can('users:manage');
  const { query, page, setPage, pageSize } = usePagedList(
    USERS_KEY,
    (p, size) => listUsers(p, size),
    undefined,
  );

  const columns: Column<User>[] = [
    { key: 'name', header: t('users.name'), render: (u) => u.name },
    { key: 'email', header: t('users.email'), render: (u) => u.email },
    { key: 'role', header: t('users.role'), render: (u) => ROLE_LABELS[u.role]?.[lang] ?? u.role },
    { key: 'active', header: t('users.active'), render: (u) => (u.active ? t('form.yes') : t('form.no')) },
    { key: 'createdAt', header: t('users.createdAt'), render: (u) => formatDate(lang, u.createdAt) },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('table.actions'),
      render: (u) => (
        <RouterLink to={u.id}>
          {t('form.edit')}
          <VisuallyHidden>{` ${u.name}`}</VisuallyHidden>
        </RouterLink>
      ),
    });
  }

  return (
    <>
      <PageHeading>{t('admin.users')}</PageHeading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <>
          <DataTable
            caption={t('users.caption', { tenant: tenant.name })}
            columns={columns}
            rows={query.data.items}
            rowKey={(u) => u.id}
            busy={query.isFetching}
          />
          <Pagination page={page} pageSize={pageSize} total={query.data.total} onPageChange={setPage} />
        </>
      )}
      {canManage && (
        <section aria-labelledby="add-user-heading" className="bb-section">
          <Heading level={2} id="add-user-heading">
            {t('users.add')}
          </Heading>
          <UserCreateForm />
        </section>
      )}
    </>
  );
}
