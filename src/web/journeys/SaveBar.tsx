import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { pointerLabel } from './pointers';
import type { SaveFailure } from './useJourneyEditor';

interface SaveBarProps {
  dirty: boolean;
  busy: boolean;
  saved: boolean;
  stale: boolean;
  failure: SaveFailure | null;
  onSave: () => void;
  onReload: () => void;
}

/** Saving the draft map; a 412 shows who-changed-it and a "Herladen" action, never an overwrite. */
export function SaveBar({ dirty, busy, saved, stale, failure, onSave, onReload }: SaveBarProps) {
  const { t } = useI18n();
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale || failure) alertRef.current?.focus();
  }, [stale, failure]);
  return (
    <div className="bb-save-bar">
      {stale && (
        <Alert type="warning" ref={alertRef} tabIndex={-1} role="alert">
          <Heading level={2}>{t('journeys.stale.title')}</Heading>
          <Paragraph>{t('journeys.stale.help')}</Paragraph>
          <Button appearance="primary" onClick={onReload}>
            {t('journeys.stale.reload')}
          </Button>
        </Alert>
      )}
      {failure && !stale && (
        <Alert type="error" ref={alertRef} tabIndex={-1}>
          <Heading level={2}>{t('journeys.save.failed')}</Heading>
          <Paragraph>{failure.message}</Paragraph>
          {failure.errors.length > 0 && (
            <ul className="utrecht-unordered-list">
              {failure.errors.map((e, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  {pointerLabel(t, e.pointer)}: {e.detail}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Button appearance="primary" busy={busy} onClick={onSave} aria-describedby="journey-save-status">
        {busy ? t('form.saving') : t('journeys.save.button')}
      </Button>
      <span id="journey-save-status" role="status" className="bb-save-bar__status">
        {saved ? t('form.saved') : dirty ? t('journeys.save.dirty') : ''}
      </span>
    </div>
  );
}
