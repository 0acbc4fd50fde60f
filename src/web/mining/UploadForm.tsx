import { useRef, useState, type FormEvent } from 'react';
import { uuid } from '../api/uuid';
import { useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button, ButtonGroup } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { CsvMappingFields } from './CsvMappingFields';
import { guessColumn, parseHeader, type CsvHeader } from './csvHeader';
import { uploadLog } from './miningApi';
import { LogPrivacyFields } from './LogPrivacyFields';
import type { CsvMapping, LogPrivacy } from './types';

/**
 * Upload of an XES (.xes, .xes.gz) or CSV event log. The upload shows its own progress and can be
 * cancelled; the import then runs on the server and its progress shows in the list above.
 */
export function UploadForm({ onUploaded }: { onUploaded: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState<CsvHeader | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  // Privacy by default: staff names become pseudonyms unless the analyst chooses otherwise.
  const [privacy, setPrivacy] = useState<LogPrivacy>({ resourceHandling: 'pseudonymise' });
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const isCsv = !!file && /\.csv$/i.test(file.name);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setMessage(null);
    setHeader(null);
    setMapping(null);
    if (chosen && /\.csv$/i.test(chosen.name)) {
      // Only the first 64 KB: enough for the header line, never the whole file in memory.
      const head = parseHeader(await chosen.slice(0, 65536).text());
      setHeader(head);
      setMapping({
        case: guessColumn(head.columns, 'case'),
        activity: guessColumn(head.columns, 'activity'),
        timestamp: guessColumn(head.columns, 'timestamp'),
        resource: guessColumn(head.columns, 'resource') || undefined,
        delimiter: head.delimiter,
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setMessage({ type: 'error', text: t('mining.upload.noFile') });
    if (isCsv && (!mapping?.case || !mapping.activity || !mapping.timestamp)) {
      return setMessage({ type: 'error', text: t('mining.upload.mappingMissing') });
    }
    abort.current = new AbortController();
    setProgress(0);
    setMessage(null);
    try {
      await uploadLog(
        {
          file,
          name: file.name,
          format: isCsv ? 'csv' : 'xes',
          mapping: isCsv ? mapping! : undefined,
          privacy,
          idempotencyKey: uuid(),
          csrfToken,
        },
        setProgress,
        abort.current.signal,
      );
      setMessage({ type: 'ok', text: t('mining.upload.started', { name: file.name }) });
      onUploaded();
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      setMessage({ type: 'error', text: aborted ? t('mining.upload.cancelled') : (error as Error).message });
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <form className="bb-filters" onSubmit={(e) => void submit(e)} aria-labelledby="upload-heading">
      <Heading level={2} id="upload-heading">
        {t('mining.upload.title')}
      </Heading>
      <Paragraph>{t('mining.upload.intro')}</Paragraph>
      {message && (
        <Alert type={message.type} role={message.type === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <div className="utrecht-form-field utrecht-form-field--distanced">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="upload-file">
            {t('mining.upload.file')}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <input
            id="upload-file"
            type="file"
            accept=".xes,.gz,.csv"
            onChange={(e) => void choose(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      {isCsv && header && mapping && (
        <CsvMappingFields columns={header.columns} value={mapping} onChange={setMapping} />
      )}
      <LogPrivacyFields value={privacy} onChange={setPrivacy} />
      {progress !== null && (
        <Paragraph>
          <label htmlFor="upload-progress">{t('mining.upload.progress')}</label>{' '}
          <progress id="upload-progress" max={1} value={progress} /> {Math.round(progress * 100)}%
        </Paragraph>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={progress !== null}>
          {t('mining.upload.submit')}
        </Button>
        {progress !== null && (
          <Button onClick={() => abort.current?.abort()}>{t('mining.upload.cancel')}</Button>
        )}
      </ButtonGroup>
    </form>
  );
}
