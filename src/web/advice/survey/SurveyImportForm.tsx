import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useIdempotencyKey } from '../../admin/useIdempotencyKey';
import { hasErrors, missingRequired, NO_ERRORS, type FormErrors } from '../../forms/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../ui/FormField';
import { DATASETS_KEY, importSurvey, type SurveyMeta } from '../adviceApi';
import type { Area, Dataset } from '../types';
import { surveyErrors } from './surveyErrors';

const P = 'survey';
type Values = Required<SurveyMeta>;

interface SurveyImportFormProps {
  areas: Area[];
  onImported: (result: { dataset: Dataset; warnings: string[] }) => void;
}

/** Uploads a survey file as text/csv; the server stores all of it or, on any error, nothing. */
export function SurveyImportForm({ areas, onImported }: SurveyImportFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const fileInput = useRef<HTMLInputElement>(null);
  const empty: Values = {
    name: '',
    source: '',
    year: String(new Date().getFullYear()),
    description: '',
    weightArea: '',
  };
  const [values, setValues] = useState<Values>(empty);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [fromServer, setFromServer] = useState(false);
  const label = (f: string) => t(`advice.survey.${f}` as 'advice.survey.name');
  const refs = Object.fromEntries(
    ['name', 'source', 'year', 'description', 'weightArea', 'file'].map((f) => [
      f,
      { id: `${P}-${f}`, label: label(f) },
    ]),
  ) as Record<keyof Values | 'file', { id: string; label: string }>;

  const upload = useMutation({
    mutationFn: async ({ meta, file }: { meta: SurveyMeta; file: File }) =>
      importSurvey(meta, await file.text(), idempotency.key()),
    onSuccess: (result) => {
      idempotency.renew();
      setValues(empty);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      void queryClient.invalidateQueries({ queryKey: DATASETS_KEY });
      onImported(result);
    },
    onError: (error) => {
      setFromServer(true);
      setErrors(surveyErrors(error, t));
    },
  });

  const set = (key: keyof Values, value: string) => {
    idempotency.renew();
    setValues((v) => ({ ...v, [key]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    const found = missingRequired(
      values,
      (['name', 'source', 'year'] as const).map((field) => ({ field, label: refs[field].label })),
      (field) => t('form.requiredError', { field }),
    );
    if (values.year.trim() && !/^\d{4}$/.test(values.year.trim()))
      found.fields.year = t('advice.survey.badYear');
    if (!file) found.fields.file = t('advice.fileMissing');
    setFromServer(false);
    setErrors(found);
    if (hasErrors(found) || !file) return;
    const meta: SurveyMeta = {
      name: values.name.trim(),
      source: values.source.trim(),
      year: values.year.trim(),
    };
    if (values.description.trim()) meta.description = values.description.trim();
    if (values.weightArea) meta.weightArea = values.weightArea;
    upload.mutate({ meta, file });
  };

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={refs}
        description={fromServer ? t('advice.survey.nothingStored') : undefined}
      />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <TextField
          id={refs.name.id}
          label={refs.name.label}
          required
          autoComplete="off"
          error={errors.fields.name}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
        />
        <TextField
          id={refs.source.id}
          label={refs.source.label}
          description={t('advice.survey.sourceHelp')}
          required
          autoComplete="off"
          error={errors.fields.source}
          value={values.source}
          onChange={(e) => set('source', e.target.value)}
        />
        <TextField
          id={refs.year.id}
          label={refs.year.label}
          required
          inputMode="numeric"
          className="bb-textbox--short"
          error={errors.fields.year}
          value={values.year}
          onChange={(e) => set('year', e.target.value)}
        />
        <TextareaField
          id={refs.description.id}
          label={refs.description.label}
          optional
          rows={3}
          error={errors.fields.description}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />
        <SelectField
          id={refs.weightArea.id}
          label={refs.weightArea.label}
          optional
          description={t('advice.survey.weightAreaHelp')}
          error={errors.fields.weightArea}
          value={values.weightArea}
          placeholder={t('advice.survey.noWeighting')}
          options={areas.filter((a) => a.scheme === 'age').map((a) => ({ value: a.id, label: a.name }))}
          onChange={(e) => set('weightArea', e.target.value)}
        />
        <TextField
          ref={fileInput}
          id={refs.file.id}
          type="file"
          accept=".csv,text/csv"
          label={refs.file.label}
          description={t('advice.survey.fileHelp')}
          required
          className="bb-file-input"
          error={errors.fields.file}
          onChange={(e) => {
            idempotency.renew();
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <Button type="submit" appearance="primary" busy={upload.isPending}>
          {upload.isPending ? t('advice.uploading') : t('advice.survey.submit')}
        </Button>
      </form>
    </>
  );
}
