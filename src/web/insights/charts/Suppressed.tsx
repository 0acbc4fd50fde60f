import { useI18n } from '../../i18n/I18nProvider';

/**
 * In place of a figure for a group below the minimum size: shows "< 5" and says in words why
 * (the abbreviation alone would be read as "less than five" without the reason).
 */
export function Suppressed({ min }: { min: number }) {
  const { t } = useI18n();
  return (
    <span className="bb-suppressed" title={t('insights.suppressed.title', { min })}>
      {`< ${min}`} <span className="bb-suppressed__word">{t('insights.suppressed')}</span>
    </span>
  );
}
