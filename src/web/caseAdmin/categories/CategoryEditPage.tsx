import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { SavedNotice } from '../../admin/SavedNotice';
import { StaleAlert } from '../../admin/StaleAlert';
import { useResourceEditor } from '../../admin/useResourceEditor';
import { hasErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField } from '../../ui/FormField';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import {
  caseAdminKeys,
  getCategory,
  listCategories,
  updateCategory,
  type Category,
  type CategoryInput,
} from '../caseAdminApi';
import {
  CATEGORY_FIELDS,
  CategoryFields,
  categoryValues,
  checkCategory,
  useCategoryRefs,
} from './CategoryFields';
import { categoryPatch } from './categoryInput';

type Editor = ReturnType<typeof useResourceEditor<Category, CategoryInput>>;

/** /beheer/meldingcategorieen/:code */
export function CategoryEditPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const editor = useResourceEditor<Category, CategoryInput>({
    baseKey: caseAdminKeys.categories,
    id: code,
    fetch: getCategory,
    update: updateCategory,
    fields: [...CATEGORY_FIELDS, 'active'],
  });
  const response = editor.query.data;
  return (
    <>
      <PageHeading>{t('caseAdmin.category.editTitle')}</PageHeading>
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
      {response && <CategoryEditForm key={editor.version} category={response.data} editor={editor} />}
    </>
  );
}

function CategoryEditForm({ category, editor }: { category: Category; editor: Editor }) {
  const { t } = useI18n();
  const refs = {
    ...useCategoryRefs('edit-category'),
    active: { id: 'edit-category-active', label: t('caseAdmin.active') },
  };
  const all = useQuery({ queryKey: caseAdminKeys.categories, queryFn: listCategories });
  const [values, setValues] = useState(() => categoryValues(category));
  const [active, setActive] = useState(category.active);
  const [unchanged, setUnchanged] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (editor.save.isPending) return;
    const found = checkCategory(values, t);
    editor.setErrors(found);
    if (hasErrors(found)) return;
    const patch = categoryPatch(category, values, active);
    const changed = Object.keys(patch).length > 0;
    setUnchanged(!changed);
    if (changed) editor.save.mutate(patch);
    else editor.setSaved(false);
  };

  return (
    <>
      <ErrorSummary errors={editor.errors} fields={refs} />
      <Paragraph>
        {t('caseAdmin.category.code')}: {category.code}
      </Paragraph>
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <CategoryFields
          prefix="edit-category"
          values={values}
          errors={editor.errors}
          categories={all.data ?? []}
          editing
          onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        />
        <CheckboxField
          id={refs.active.id}
          label={refs.active.label}
          description={t('caseAdmin.category.activeHelp')}
          error={editor.errors.fields.active}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
        />
        {unchanged && (
          <Paragraph role="status" className="bb-hint">
            {t('form.noChanges')}
          </Paragraph>
        )}
        <Button type="submit" appearance="primary" busy={editor.save.isPending}>
          {editor.save.isPending ? t('form.saving') : t('form.save')}
        </Button>
      </form>
    </>
  );
}
