import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Paragraph } from '../ui/Paragraph';

interface ResultNoticeProps {
  message: string | null;
  warnings?: string[];
}

/** Success with the server's warnings (e.g. "normalised"), announced without moving focus. */
export function ResultNotice({ message, warnings = [] }: ResultNoticeProps) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="bb-live-region">
      {message && (
        <Alert type={warnings.length ? 'warning' : 'ok'}>
          <Paragraph>{message}</Paragraph>
          {warnings.length > 0 && (
            <>
              <Paragraph>{t('advice.warnings')}</Paragraph>
              <ul className="utrecht-unordered-list">
                {warnings.map((warning, i) => (
                  <li key={i} className="utrecht-unordered-list__item">
                    {warning}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </div>
  );
}
