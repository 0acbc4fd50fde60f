import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { num } from '../insights/format';
import type { EventLog } from './types';

/** Status of a log; a running import shows a progress bar (bytes read) and what it has parsed. */
export function ImportProgress({ log }: { log: EventLog }) {
  const { t, lang } = useI18n();
  const id = useId();
  if (log.status === 'importing') {
    const p = log.progress;
    const text = t('mining.status.importingCount', {
      traces: num(lang, p?.traces ?? 0),
      events: num(lang, p?.events ?? 0),
    });
    return (
      <span>
        <span id={id}>{t('mining.status.importing')}</span>{' '}
        <progress
          aria-labelledby={id}
          max={p?.bytesTotal ?? undefined}
          value={p?.bytesTotal ? p.bytesRead : undefined}
        />{' '}
        <span>{text}</span>
      </span>
    );
  }
  if (log.status === 'failed') {
    return (
      <span>
        {t('mining.status.failed')}
        {log.error ? `: ${log.error.detail}` : ''}
      </span>
    );
  }
  return <>{t(log.status === 'ready' ? 'mining.status.ready' : 'mining.status.cancelled')}</>;
}
