import type { Language } from '../i18n/I18nProvider';
import type { Interval } from './types';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * 0.453 -> "45%". Whole percentages: survey shares are not more precise than that, and the
 * interval beside them says how precise they are.
 */
export function percent(lang: Language, fraction: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** { low: 0.42, high: 0.48 } -> "42–48%". */
export function interval(lang: Language, ci: Interval): string {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  return `${number.format(ci.low * 100)}–${number.format(ci.high * 100)}%`;
}

/** A difference of two shares in percentage points, with its sign: 0.032 -> "+3,2". */
export function points(lang: Language, fraction: number): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction * 100);
}

export function decimal(lang: Language, value: number, digits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** Bar widths and positions as CSS percentages, clamped to the track. */
export function cssPercent(fraction: number): string {
  return `${Math.min(100, Math.max(0, fraction * 100)).toFixed(2)}%`;
}
