// How the Klantcontact figures read in a table cell: value, n and the 95% interval side by side.
import type { Translate } from '../i18n/I18nProvider';
import { decimal, percent } from './labels';
import type { ContactFigures, Interval, KtoFigures } from './klantcontactApi';

export const pct = (i: Interval | null) =>
  i ? `${percent(i.proportion)} (95%: ${percent(i.low)} – ${percent(i.high)})` : '—';

export function ktoText(t: Translate, k: KtoFigures | null | undefined): string {
  if (!k) return '—';
  if (k.suppressed) return t('journeys.kc.suppressed', { n: k.n });
  const ci = k.meanCi ? ` (95%: ${decimal(k.meanCi.low, 2)} – ${decimal(k.meanCi.high, 2)})` : '';
  return t('journeys.kc.ktoValue', {
    mean: decimal(k.mean ?? 0, 2),
    ci,
    n: k.n,
    satisfied: pct(k.satisfiedShare),
  });
}

export function contactText(t: Translate, c: ContactFigures | null | undefined): string {
  if (!c) return '—';
  return t('journeys.kc.contactValue', {
    total: c.total,
    perWeek: decimal(c.perWeek),
    avoidable: c.avoidable,
    value: c.value,
  });
}

export function pText(t: Translate, test: { pValue: number; significant: boolean } | null): string {
  if (!test) return t('journeys.kc.noTest');
  const p = test.pValue < 0.001 ? '< 0,001' : `= ${decimal(test.pValue, 3)}`;
  return `p ${p} — ${test.significant ? t('journeys.kc.significant') : t('journeys.kc.notSignificant')}`;
}
