import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

/** Shown on 412: the record changed since it was loaded. Takes focus so the user notices. */
export function StaleAlert({ onReload, busy }: { onReload: () => void; busy: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert type="warning" ref={ref} tabIndex={-1} className="bb-stale-alert">
      <Heading level={2}>{t('form.stale')}</Heading>
      <Paragraph>{t('form.staleHelp')}</Paragraph>
      <Button appearance="primary" busy={busy} onClick={onReload}>
        {t('form.reload')}
      </Button>
    </Alert>
  );
}
