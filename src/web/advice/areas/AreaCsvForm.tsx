import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, NO_ERRORS, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/FormField';
import { AREAS_KEY, importArea } from '../adviceApi';
import type { AreaWithWarnings } from '../types';
import { areaErrors, EMPTY_META, type AreaMeta } from './areaForm';
import { AreaMetaFields, useAreaFieldRefs } from './AreaMetaFields';

const PREFIX = 'csv-area';

/** An area from a spreadsheet with the columns groep;aantal or groep;aandeel. */
export function AreaCsvForm({ onCreated }: { onCreated: (result: AreaWithWarnings) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const fileInput = useRef<HTMLInputElement>(null);
  const [meta, setMeta] = useState<AreaMeta>(EMPTY_META);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const refs = { ...useAreaFieldRefs(PREFIX), file: { id: `${PREFIX}-file`, label: t('advice.area.file') } };

  const upload = useMutation({
    mutationFn: async ({ meta, file }: { meta: AreaMeta; file: File }) =>
      importArea(meta, await file.text(), idempotency.key()),
    onSuccess: (result) => {
      idempotency.renew();
      setMeta(EMPTY_META);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      void queryClient.invalidateQueries({ queryKey: AREAS_KEY });
      onCreated(result);
    },
    onError: (error) => setErrors(areaErrors(error, 'file', t('form.genericError'))),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    const fields: Record<string, string> = {};
    if (!meta.name.trim()) fields.name = t('form.requiredError', { field: refs.name.label.toLowerCase() });
    if (!file) fields.file = t('advice.fileMissing');
    const found = { fields, general: [] };
    setErrors(found);
    if (hasErrors(found) || !file) return;
    upload.mutate({ meta: { ...meta, name: meta.name.trim() }, file });
  };

  return (
    <>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <AreaMetaFields
          part="head"
          prefix={PREFIX}
          values={meta}
          errors={errors}
          onChange={(next) => {
            idempotency.renew();
            setMeta(next);
          }}
        />
        <TextField
          ref={fileInput}
          id={refs.file.id}
          type="file"
          accept=".csv,text/csv"
          label={refs.file.label}
          description={t('advice.area.fileHelp')}
          required
          className="bb-file-input"
          error={errors.fields.file}
          onChange={(e) => {
            idempotency.renew();
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <AreaMetaFields
          part="normalise"
          prefix={PREFIX}
          values={meta}
          errors={errors}
          onChange={(next) => {
            idempotency.renew();
            setMeta(next);
          }}
        />
        <Button type="submit" appearance="primary" busy={upload.isPending}>
          {upload.isPending ? t('advice.uploading') : t('advice.area.upload')}
        </Button>
      </form>
    </>
  );
}
