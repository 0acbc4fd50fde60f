import { useEffect, useState, type FormEvent } from 'react';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextareaField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import type { TaskPatch } from './contactsApi';
import { codeLabel } from './labels';
import type { Task } from './types';

type TaskStatus = NonNullable<TaskPatch['status']>;

/** An open task is done or cancelled; a finished one can be opened again. */
export function nextTaskStatuses(status: string): TaskStatus[] {
  return status === 'open' ? ['done', 'cancelled'] : ['open'];
}

interface TaskStatusFormProps {
  item: Task;
  errors?: FormErrors;
  busy: boolean;
  onSubmit: (patch: TaskPatch) => void;
}

/** Finishes (with the result, required for "done"), cancels or reopens the task. */
export function TaskStatusForm({ item, errors, busy, onSubmit }: TaskStatusFormProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<TaskStatus>(nextTaskStatuses(item.status)[0]!);
  const [result, setResult] = useState('');
  const [local, setLocal] = useState<FormErrors>(NO_ERRORS);

  // After a save the task has a new status: offer its first next step, keeping keyboard focus.
  useEffect(() => {
    setStatus(nextTaskStatuses(item.status)[0]!);
    setResult('');
  }, [item.status, item.version]);

  const refs = {
    status: { id: 'task-new-status', label: t('contacts.detail.newStatus') },
    result: { id: 'task-result', label: t('contacts.taskDetail.result') },
  };
  const shown = hasErrors(local) ? local : (errors ?? NO_ERRORS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FormErrors =
      status === 'done' && !result.trim() && !item.result
        ? { fields: { result: t('contacts.taskDetail.resultRequired') }, general: [] }
        : NO_ERRORS;
    setLocal(found);
    if (hasErrors(found)) return;
    onSubmit({ status, ...(result.trim() ? { result: result.trim() } : {}) });
  };

  return (
    <section aria-labelledby="task-status-heading" className="bb-section">
      <Heading level={2} id="task-status-heading">
        {t('contacts.detail.statusHeading')}
      </Heading>
      <ErrorSummary errors={shown} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
        <SelectField
          id={refs.status.id}
          label={refs.status.label}
          required
          error={shown.fields.status}
          value={status}
          options={nextTaskStatuses(item.status).map((value) => ({
            value,
            label: codeLabel(t, 'contacts.taskStatus', value),
          }))}
          onChange={(e) => setStatus(e.target.value as TaskStatus)}
        />
        {status !== 'open' && (
          <TextareaField
            id={refs.result.id}
            label={refs.result.label}
            required={status === 'done'}
            optional={status !== 'done'}
            description={t('contacts.taskDetail.resultHelp')}
            rows={2}
            error={shown.fields.result}
            value={result}
            onChange={(e) => setResult(e.target.value)}
          />
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t('form.saving') : t('contacts.taskDetail.submit')}
        </Button>
      </form>
    </section>
  );
}
