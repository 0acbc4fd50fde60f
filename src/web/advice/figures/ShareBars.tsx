import { useI18n } from '../../i18n/I18nProvider';
import { cssPercent, interval, percent } from '../format';
import type { Interval } from '../types';

export interface BarRow {
  key: string;
  label: string;
  share: number | null;
  ci: Interval | null;
}

/**
 * Horizontal bars with the 95% interval as a whisker. A picture of the table beside it, which is
 * the accessible version: hidden from assistive technology so nothing is read twice. A withheld
 * share (small cell) gets no bar, only its interval.
 */
export function ShareBars({ rows }: { rows: BarRow[] }) {
  const { t, lang } = useI18n();
  return (
    <div className="bb-bars" aria-hidden="true">
      {rows.map((row) => (
        <div key={row.key} className="bb-bars__row">
          <span className="bb-bars__label">{row.label}</span>
          <span className="bb-bars__track">
            {row.share !== null && <span className="bb-bars__bar" style={{ width: cssPercent(row.share) }} />}
            {row.ci && (
              <span
                className="bb-bars__interval"
                style={{ left: cssPercent(row.ci.low), width: cssPercent(row.ci.high - row.ci.low) }}
              />
            )}
          </span>
          <span className="bb-bars__value">
            {row.share !== null
              ? percent(lang, row.share)
              : row.ci
                ? interval(lang, row.ci)
                : t('advice.notShown')}
          </span>
        </div>
      ))}
    </div>
  );
}
