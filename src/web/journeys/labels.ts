import type { Translate } from '../i18n/I18nProvider';
import { nl, type MessageKey } from '../i18n/nl';

/** The Dutch label of a code (trajectory, evidence level, ...); an unknown code is shown as is. */
export function label(t: Translate, prefix: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${prefix}.${code}`;
  return key in nl ? t(key as MessageKey) : code;
}

export function options(t: Translate, prefix: string, codes: readonly string[]) {
  return codes.map((value) => ({ value, label: label(t, prefix, value) }));
}

/** "73 %" in Dutch notation. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** A number with a decimal comma. */
export function decimal(value: number, digits = 1): string {
  return value.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
