import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SavedNotice } from '../../admin/SavedNotice';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, problemToFormErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { caseAdminKeys, createCategory, type Category } from '../caseAdminApi';
import {
  CATEGORY_FIELDS,
  CategoryFields,
  checkCategory,
  EMPTY_CATEGORY,
  useCategoryRefs,
  type CategoryField,
} from './CategoryFields';
import { newCategoryInput } from './categoryInput';

export function CategoryCreateForm({ categories }: { categories: Category[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const refs = useCategoryRefs('new-category');
  const [values, setValues] = useState(EMPTY_CATEGORY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: () => createCategory(newCategoryInput(values), idempotency.key()),
    onSuccess: (category) => {
      idempotency.renew();
      setValues(EMPTY_CATEGORY);
      setNotice(t('caseAdmin.category.added', { name: category.nameNl }));
      void queryClient.invalidateQueries({ queryKey: caseAdminKeys.categories });
    },
    onError: (error) => setErrors(problemToFormErrors(error, CATEGORY_FIELDS, t('form.genericError'))),
  });

  const onChange = (field: CategoryField, value: string) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setNotice(null);
    const found = checkCategory(values, t);
    setErrors(found);
    if (!hasErrors(found)) create.mutate();
  };

  return (
    <>
      <SavedNotice message={notice} />
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <CategoryFields
          prefix="new-category"
          values={values}
          errors={errors}
          categories={categories}
          editing={false}
          onChange={onChange}
        />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('caseAdmin.category.add')}
        </Button>
      </form>
    </>
  );
}
