import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/problem';
import { uuid } from '../api/uuid';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { importJourney } from './journeysApi';

/** Reads an exchange file (docs/journey-format.schema.json); the server lists every problem by JSON path. */
export function ImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [parseError, setParseError] = useState('');
  const [key, setKey] = useState(uuid);
  const upload = useMutation({
    mutationFn: (body: unknown) => importJourney(body, key),
    onSuccess: (journey) => void navigate(`/klantreizen/${journey.id}`),
    // A rejected file stored nothing, so a corrected one is a new request.
    onError: () => setKey(uuid()),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setParseError('');
    if (!file) return setParseError(t('journeys.import.chooseFile'));
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return setParseError(t('journeys.import.notJson'));
    }
    upload.mutate(body);
  };
  const problems = isApiError(upload.error) ? (upload.error.problem.errors ?? []) : [];

  return (
    <>
      <PageHeading>{t('journeys.import.title')}</PageHeading>
      <Paragraph>{t('journeys.import.intro')}</Paragraph>
      {(parseError || upload.isError) && (
        <Alert type="error" role="alert">
          <Heading level={2}>{t('journeys.import.failed')}</Heading>
          <Paragraph>
            {parseError || (isApiError(upload.error) ? upload.error.problem.detail : t('app.error'))}
          </Paragraph>
          {problems.length > 0 && (
            <ul className="utrecht-unordered-list">
              {problems.map((p, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  <code>{p.pointer}</code>: {p.detail}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <form className="utrecht-form bb-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="import-file"
          type="file"
          accept=".json,application/json"
          label={t('journeys.import.file')}
          required
          className="bb-file-input"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Button type="submit" appearance="primary" busy={upload.isPending}>
          {t('journeys.import.submit')}
        </Button>
      </form>
    </>
  );
}
