import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SavedNotice } from '../../admin/SavedNotice';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, problemToFormErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../ui/FormField';
import { caseAdminKeys, createTopic, type Topic } from '../caseAdminApi';

const FIELDS = ['code', 'nameNl', 'nameEn', 'parentCode', 'phase', 'avoidable'] as const;
type Field = Exclude<(typeof FIELDS)[number], 'avoidable'>;
const EMPTY: Record<Field, string> = { code: '', nameNl: '', nameEn: '', parentCode: '', phase: '' };

export function TopicCreateForm({ topics }: { topics: Topic[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const [values, setValues] = useState(EMPTY);
  const [avoidable, setAvoidable] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const refs = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `new-topic-${f}`, label: t(`caseAdmin.topic.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  const create = useMutation({
    mutationFn: () =>
      createTopic(
        {
          code: values.code.trim(),
          nameNl: values.nameNl.trim(),
          avoidable,
          ...(values.nameEn.trim() ? { nameEn: values.nameEn.trim() } : {}),
          ...(values.parentCode ? { parentCode: values.parentCode } : {}),
          ...(values.phase ? { phase: Number(values.phase) } : {}),
        },
        idempotency.key(),
      ),
    onSuccess: (topic) => {
      idempotency.renew();
      setValues(EMPTY);
      setAvoidable(false);
      setNotice(t('caseAdmin.topic.added', { name: topic.nameNl }));
      void queryClient.invalidateQueries({ queryKey: caseAdminKeys.topics });
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
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.code)) fields.code = t('caseAdmin.codeFormat');
    if (!values.nameNl.trim())
      fields.nameNl = t('form.requiredError', { field: refs.nameNl.label.toLowerCase() });
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
        <TextField
          {...field('code')}
          required
          autoComplete="off"
          description={t('caseAdmin.codeHelp')}
          onChange={(e) => set('code')(e.target.value)}
        />
        <TextField
          {...field('nameNl')}
          required
          autoComplete="off"
          onChange={(e) => set('nameNl')(e.target.value)}
        />
        <TextField
          {...field('nameEn')}
          optional
          autoComplete="off"
          onChange={(e) => set('nameEn')(e.target.value)}
        />
        <SelectField
          {...field('parentCode')}
          optional
          placeholder={t('caseAdmin.noParent')}
          options={topics.map((topic) => ({ value: topic.code, label: `${topic.nameNl} (${topic.code})` }))}
          onChange={(e) => set('parentCode')(e.target.value)}
        />
        <SelectField
          {...field('phase')}
          optional
          placeholder={t('caseAdmin.topic.noPhase')}
          options={[1, 2, 3, 4, 5].map((p) => ({ value: String(p), label: t(`caseAdmin.phase.${p as 1}`) }))}
          onChange={(e) => set('phase')(e.target.value)}
        />
        <CheckboxField
          id={refs.avoidable.id}
          label={refs.avoidable.label}
          description={t('caseAdmin.topic.avoidableHelp')}
          checked={avoidable}
          onChange={(e) => {
            idempotency.renew();
            setAvoidable(e.target.checked);
          }}
        />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {create.isPending ? t('form.saving') : t('caseAdmin.topic.add')}
        </Button>
      </form>
    </>
  );
}
