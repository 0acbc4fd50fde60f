import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { SavedNotice } from '../admin/SavedNotice';
import { useIdempotencyKey } from '../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/FormField';
import type { ImportResult } from './caseAdminApi';
import { csvErrors } from './csvErrors';

interface CsvImportFormProps {
  id: string;
  /** The columns the file must have, shown as help. */
  columns: string;
  upload: (csv: string, idempotencyKey: string) => Promise<ImportResult>;
  onDone: () => void;
}

/** Uploads a CSV tree; the server takes all of it or nothing and names the lines that are wrong. */
export function CsvImportForm({ id, columns, upload, onDone }: CsvImportFormProps) {
  const { t } = useI18n();
  const idempotency = useIdempotencyKey();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const refs = { file: { id: `${id}-file`, label: t('caseAdmin.import.file') } };

  const send = useMutation({
    mutationFn: async (chosen: File) => upload(await chosen.text(), idempotency.key()),
    onSuccess: (result) => {
      idempotency.renew();
      setFile(null);
      if (input.current) input.current.value = '';
      setNotice(t('caseAdmin.import.done', { created: result.created, updated: result.updated }));
      onDone();
    },
    onError: (error) => setErrors(csvErrors(error, t)),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    setNotice(null);
    const found = file ? NO_ERRORS : { fields: { file: t('caseAdmin.import.missing') }, general: [] };
    setErrors(found);
    if (!hasErrors(found) && file) send.mutate(file);
  };

  return (
    <>
      <SavedNotice message={notice} />
      <ErrorSummary errors={errors} fields={refs} description={t('caseAdmin.import.nothingSaved')} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TextField
          ref={input}
          id={refs.file.id}
          type="file"
          accept=".csv,text/csv"
          label={refs.file.label}
          description={t('caseAdmin.import.help', { columns })}
          required
          className="bb-file-input"
          error={errors.fields.file}
          onChange={(e) => {
            idempotency.renew();
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <Button type="submit" appearance="primary" busy={send.isPending}>
          {send.isPending ? t('caseAdmin.import.busy') : t('caseAdmin.import.submit')}
        </Button>
      </form>
    </>
  );
}
