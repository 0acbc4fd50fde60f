import type { Language } from '../i18n/I18nProvider';

const UNITS: Record<Language, { d: string; h: string; m: string; s: string }> = {
  nl: { d: 'd', h: 'u', m: 'min', s: 's' },
  en: { d: 'd', h: 'h', m: 'min', s: 's' },
};

/** 93_784_000 -> "1 d 2 u": the two largest units, enough to compare durations at a glance. */
export function duration(lang: Language, ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  const u = UNITS[lang];
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} ${u.s}`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} ${u.m}${s % 60 ? ` ${s % 60} ${u.s}` : ''}`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} ${u.h}${m % 60 ? ` ${m % 60} ${u.m}` : ''}`;
  const d = Math.floor(h / 24);
  return `${d} ${u.d}${h % 24 ? ` ${h % 24} ${u.h}` : ''}`;
}
