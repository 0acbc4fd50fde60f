import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useIdempotencyKey } from '../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Paragraph } from '../ui/Paragraph';
import { EFormField } from './EFormField';
import { submitPublicForm, type PublicForm } from './publicApi';
import { checkAnswers, filledAnswers, submissionErrors } from './submissionErrors';

interface EFormProps {
  gemeente: string;
  category: string;
  form: PublicForm;
}

const fieldId = (key: string) => `eform-${key}`;

/** The e-form built from its definition; on success the resident lands on the confirmation. */
export function EForm({ gemeente, category, form }: EFormProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const idempotency = useIdempotencyKey();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(form.fields.map((f) => [f.key, ''])),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const keys = form.fields.map((f) => f.key);
  const labelOf = (f: PublicForm['fields'][number]) => (lang === 'en' && f.labelEn) || f.labelNl;
  const refs = Object.fromEntries(form.fields.map((f) => [f.key, { id: fieldId(f.key), label: labelOf(f) }]));

  const submit = useMutation({
    mutationFn: (answers: Record<string, string>) =>
      submitPublicForm(gemeente, category, answers, idempotency.key()),
    onSuccess: (result) => {
      idempotency.renew();
      // The token travels in router state, not the URL of this page: it only shows on the
      // confirmation and in the follow link the resident chooses to keep.
      navigate(`/melden/${encodeURIComponent(gemeente)}/${encodeURIComponent(category)}/verzonden`, {
        state: result,
      });
    },
    onError: (error) => setErrors(submissionErrors(error, keys, t('publicForms.sendFailed'))),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    const rules = form.fields.map((f) => ({ ...f, label: labelOf(f) }));
    const found = checkAnswers(values, rules, {
      required: (label) => t('form.requiredError', { field: label }),
      tooLong: (max) => t('publicForms.tooLong', { max }),
      email: t('publicForms.badEmail'),
      postcode: t('publicForms.badPostcode'),
      number: t('publicForms.badNumber'),
    });
    setErrors(found);
    if (hasErrors(found)) return;
    submit.mutate(filledAnswers(values));
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} description={t('publicForms.notSent')} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        {form.fields.map((field) => (
          <EFormField
            key={field.key}
            field={field}
            id={fieldId(field.key)}
            value={values[field.key] ?? ''}
            error={errors.fields[field.key]}
            onChange={(value) => {
              // A changed answer is a new submission, not a retry of the previous one.
              idempotency.renew();
              setValues((v) => ({ ...v, [field.key]: value }));
            }}
          />
        ))}
        <Paragraph small>{t('publicForms.privacy')}</Paragraph>
        <Button type="submit" appearance="primary" busy={submit.isPending}>
          {submit.isPending ? t('publicForms.sending') : t('publicForms.send')}
        </Button>
      </form>
    </>
  );
}
