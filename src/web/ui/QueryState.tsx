import { useI18n } from '../i18n/I18nProvider';
import { Alert } from './Alert';
import { Button } from './Button';
import { Paragraph } from './Paragraph';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Loading and error states of a data fetch, shown in place of the content they stand for. */
export function QueryState({ isPending, error, onRetry }: QueryStateProps) {
  const { t } = useI18n();
  if (error) {
    const detail = error instanceof Error ? error.message : undefined;
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('app.error')}</Paragraph>
        {detail && <Paragraph small>{detail}</Paragraph>}
        <Button onClick={onRetry}>{t('app.retry')}</Button>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Paragraph role="status" aria-live="polite">
        {t('app.loading')}
      </Paragraph>
    );
  }
  return null;
}
