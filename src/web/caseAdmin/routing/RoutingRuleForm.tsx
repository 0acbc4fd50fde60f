import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SavedNotice } from '../../admin/SavedNotice';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, problemToFormErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/FormField';
import { caseAdminKeys, createRoutingRule, type Category } from '../caseAdminApi';
import { useTeams } from '../../admin/teams/useTeams';

const FIELDS = ['categoryCode', 'postcodeFrom', 'postcodeTo', 'teamId', 'priority'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = {
  categoryCode: '',
  postcodeFrom: '',
  postcodeTo: '',
  teamId: '',
  priority: '0',
};
const PC4 = /^[1-9][0-9]{3}$/;

/** A new rule: category (and optionally a postcode range) to team. */
export function RoutingRuleForm({ categories }: { categories: Category[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const teams = useTeams();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const refs = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `new-rule-${f}`, label: t(`caseAdmin.rule.${f}`) }]),
  ) as Record<Field, { id: string; label: string }>;

  const create = useMutation({
    mutationFn: () =>
      createRoutingRule(
        {
          categoryCode: values.categoryCode,
          teamId: values.teamId,
          priority: Number(values.priority || 0),
          ...(values.postcodeFrom
            ? { postcodeFrom: Number(values.postcodeFrom), postcodeTo: Number(values.postcodeTo) }
            : {}),
        },
        idempotency.key(),
      ),
    onSuccess: () => {
      idempotency.renew();
      setValues(EMPTY);
      setNotice(t('caseAdmin.rule.added'));
      void queryClient.invalidateQueries({ queryKey: caseAdminKeys.routing });
    },
    onError: (error) => setErrors(problemToFormErrors(error, FIELDS, t('form.genericError'))),
  });

  const set = (field: Field) => (value: string) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setNotice(null);
    const fields: Record<string, string> = {};
    const required = (f: Field) => t('form.requiredError', { field: refs[f].label.toLowerCase() });
    if (!values.categoryCode) fields.categoryCode = required('categoryCode');
    if (!values.teamId) fields.teamId = required('teamId');
    const { postcodeFrom: from, postcodeTo: to } = values;
    if (from || to) {
      if (!PC4.test(from)) fields.postcodeFrom = t('caseAdmin.rule.pc4');
      if (!PC4.test(to)) fields.postcodeTo = t('caseAdmin.rule.pc4');
      else if (PC4.test(from) && Number(to) < Number(from)) fields.postcodeTo = t('caseAdmin.rule.range');
    }
    if (!/^-?\d{1,4}$/.test(values.priority || '0')) fields.priority = t('caseAdmin.rule.priorityFormat');
    const found = { fields, general: [] };
    setErrors(found);
    if (!hasErrors(found)) create.mutate();
  };

  const field = (name: Field) => ({
    id: refs[name].id,
    label: refs[name].label,
    error: errors.fields[name],
    value: values[name],
  });
  return (
    <>
      <SavedNotice message={notice} />
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('categoryCode')}
          required
          placeholder={t('form.choose')}
          options={categories.map((c) => ({ value: c.code, label: `${c.nameNl} (${c.code})` }))}
          onChange={(e) => set('categoryCode')(e.target.value)}
        />
        <TextField
          {...field('postcodeFrom')}
          optional
          inputMode="numeric"
          autoComplete="off"
          description={t('caseAdmin.rule.postcodeHelp')}
          onChange={(e) => set('postcodeFrom')(e.target.value)}
        />
        <TextField
          {...field('postcodeTo')}
          optional
          inputMode="numeric"
          autoComplete="off"
          onChange={(e) => set('postcodeTo')(e.target.value)}
        />
        <SelectField
          {...field('teamId')}
          required
          placeholder={t('form.choose')}
          options={teams.options}
          onChange={(e) => set('teamId')(e.target.value)}
        />
        <TextField
          {...field('priority')}
          required
          inputMode="numeric"
          autoComplete="off"
          description={t('caseAdmin.rule.priorityHelp')}
          onChange={(e) => set('priority')(e.target.value)}
        />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('caseAdmin.rule.add')}
        </Button>
      </form>
    </>
  );
}
