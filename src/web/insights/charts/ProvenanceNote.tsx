import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../i18n/format';
import { Paragraph } from '../../ui/Paragraph';
import { num } from '../format';
import type { Provenance } from '../types';

/** Where the figures come from; synthetic demo data says so in words, never only by colour. */
export function ProvenanceNote({ provenance }: { provenance: Provenance }) {
  const { t, lang } = useI18n();
  return (
    <Paragraph small className="bb-provenance">
      {provenance.synthetic && <strong className="bb-badge">{t('insights.demoData')}</strong>}{' '}
      {t('insights.provenance', {
        label: provenance.label,
        n: num(lang, provenance.n),
        at: formatDateTime(lang, provenance.generatedAt),
      })}
      {provenance.method === 'rollup' && provenance.asOf && (
        <> {t('insights.provenance.asOf', { at: formatDateTime(lang, provenance.asOf) })}</>
      )}
      {provenance.note && <> {provenance.note}</>}
    </Paragraph>
  );
}
