import type { Language } from '../i18n/I18nProvider';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function num(lang: Language, value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

export function pct(lang: Language, share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined) return '';
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: digits }).format(
    share,
  );
}

/** 75 -> "1 min 15 s"; short durations are what waiting times are about, so seconds stay visible. */
export function seconds(lang: Language, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value < 60) return `${num(lang, value, 1)} s`;
  const minutes = Math.floor(value / 60);
  return `${minutes} min ${Math.round(value % 60)} s`;
}

const WEEKDAYS: Record<Language, string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** ISO weekday 1 = Monday ... 7 = Sunday, as the API counts. */
export function weekday(lang: Language, day: number): string {
  return WEEKDAYS[lang][day - 1] ?? String(day);
}

/** "2026-11-23" in local time; the API's dates are calendar days, not instants. */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
