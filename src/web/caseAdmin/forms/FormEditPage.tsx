import { useParams } from 'react-router';
import { SavedNotice } from '../../admin/SavedNotice';
import { StaleAlert } from '../../admin/StaleAlert';
import { useResourceEditor } from '../../admin/useResourceEditor';
import { useSession } from '../../auth/SessionContext';
import { useI18n } from '../../i18n/I18nProvider';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import {
  caseAdminKeys,
  getFormDefinition,
  saveFormDefinition,
  type FormDefinition,
  type FormInput,
} from '../caseAdminApi';
import { FormDefinitionForm } from './FormDefinitionForm';

/** /beheer/formulieren/:category — the public e-form of one category. */
export function FormEditPage() {
  const { t } = useI18n();
  const { tenant } = useSession();
  const { category = '' } = useParams();
  const editor = useResourceEditor<FormDefinition, FormInput>({
    baseKey: caseAdminKeys.forms,
    id: category,
    fetch: getFormDefinition,
    update: saveFormDefinition,
    fields: ['titleNl', 'introNl', 'published', 'fields'],
  });
  const response = editor.query.data;
  const publicPath = `/melden/${encodeURIComponent(tenant.slug)}/${encodeURIComponent(category)}`;
  return (
    <>
      <PageHeading>{t('caseAdmin.form.editTitle', { category })}</PageHeading>
      <Paragraph>
        <RouterLink to=".." relative="path">
          {t('form.cancel')}
        </RouterLink>
      </Paragraph>
      <Paragraph>
        {t('caseAdmin.form.publicAt')} <RouterLink to={publicPath}>{publicPath}</RouterLink>
      </Paragraph>
      <QueryState
        isPending={editor.query.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
      <SavedNotice message={editor.saved ? t('form.saved') : null} />
      {editor.stale && <StaleAlert busy={editor.query.isFetching} onReload={() => void editor.reload()} />}
      {response && (
        <FormDefinitionForm
          key={editor.version}
          definition={response.data}
          errors={editor.errors}
          busy={editor.save.isPending}
          onValidationError={editor.setErrors}
          onSave={(input) => editor.save.mutate(input)}
        />
      )}
    </>
  );
}
