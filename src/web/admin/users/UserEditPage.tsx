import { useParams } from 'react-router';
import type { User } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { SavedNotice } from '../SavedNotice';
import { StaleAlert } from '../StaleAlert';
import { useResourceEditor } from '../useResourceEditor';
import { UserEditForm } from './UserEditForm';
import { getUser, updateUser, USERS_KEY, type UserPatch } from './usersApi';

export function UserEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const editor = useResourceEditor<User, UserPatch>({
    baseKey: USERS_KEY,
    id,
    fetch: getUser,
    update: updateUser,
    fields: ['name', 'role', 'active'],
  });
  const response = editor.query.data;

  return (
    <>
      <PageHeading>{t('users.editTitle')}</PageHeading>
      <Paragraph>
        <RouterLink to=".." relative="path">
          {t('form.cancel')}
        </RouterLink>
      </Paragraph>
      <QueryState
        isPending={editor.query.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
      <SavedNotice message={editor.saved ? t('form.saved') : null} />
      {editor.stale && <StaleAlert busy={editor.query.isFetching} onReload={() => void editor.reload()} />}
      {response && (
        // Keyed by version: a reload after a conflict remounts the form with the fresh values.
        <UserEditForm
          key={editor.version}
          user={response.data}
          errors={editor.errors}
          busy={editor.save.isPending}
          onNoChanges={() => editor.setSaved(false)}
          onSave={(patch) => editor.save.mutate(patch)}
          onValidationError={editor.setErrors}
        />
      )}
    </>
  );
}
