import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/FormField';
import { caseAdminKeys, saveRetentionTerm, type RetentionTerm } from '../caseAdminApi';

/** One record type's term as a small form of its own (If-Match with the listed version). */
export function RetentionTermRow({ term, label }: { term: RetentionTerm; label: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState(String(term.months));
  const [action, setAction] = useState<string>(term.action);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const id = `retention-${term.recordType}`;

  const save = useMutation({
    mutationFn: () => saveRetentionTerm(term, { months: Number(months), action }),
    onMutate: () => {
      setError(undefined);
      setStatus(null);
    },
    onSuccess: () => {
      setStatus(t('form.saved'));
      void queryClient.invalidateQueries({ queryKey: caseAdminKeys.retention });
    },
    onError: (e) =>
      setError(
        isApiError(e) && e.status === 412
          ? `${t('form.stale')} ${t('form.staleHelp')}`
          : isApiError(e)
            ? (e.problem.errors?.[0]?.detail ?? e.message)
            : t('form.genericError'),
      ),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const n = Number(months);
    if (!/^\d+$/.test(months) || n < 1 || n > 1200) {
      setError(t('caseAdmin.retention.monthsRange'));
      return;
    }
    save.mutate();
  };

  return (
    <form
      className="utrecht-form bb-form bb-retention-row"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${id}-heading`}
    >
      <h3 className="utrecht-heading-3" id={`${id}-heading`}>
        {label}
      </h3>
      {term.fromNl && (
        <p className="utrecht-paragraph">{t('caseAdmin.retention.from', { from: term.fromNl })}</p>
      )}
      <TextField
        id={`${id}-months`}
        label={t('caseAdmin.retention.months')}
        required
        inputMode="numeric"
        autoComplete="off"
        error={error}
        value={months}
        onChange={(e) => setMonths(e.target.value)}
      />
      <SelectField
        id={`${id}-action`}
        label={t('caseAdmin.retention.action')}
        required
        value={action}
        options={[
          { value: 'delete', label: t('caseAdmin.retention.delete') },
          { value: 'anonymise', label: t('caseAdmin.retention.anonymise') },
        ]}
        onChange={(e) => setAction(e.target.value)}
      />
      <p role="status" className="utrecht-paragraph bb-hint">
        {status}
      </p>
      <Button type="submit" busy={save.isPending}>
        {t('caseAdmin.retention.save', { type: label })}
      </Button>
    </form>
  );
}
