import { useI18n } from '../../i18n/I18nProvider';
import { interval, percent } from '../format';
import type { Interval } from '../types';

interface ShareTextProps {
  share: number | null;
  ci: Interval | null;
  /** Respondents in the cell, said when the share is withheld because the cell is small. */
  n: number;
}

/** "45% (42–48%)", or for a small cell only the interval: never a precise percentage. */
export function ShareText({ share, ci, n }: ShareTextProps) {
  const { t, lang } = useI18n();
  if (share === null) {
    return (
      <>
        {t('advice.tooFew', { n })}
        {ci && `; ${t('advice.intervalOnly', { interval: interval(lang, ci) })}`}
      </>
    );
  }
  return (
    <>
      {percent(lang, share)}
      {ci && ` (${interval(lang, ci)})`}
    </>
  );
}
