import { useI18n } from '../../i18n/I18nProvider';
import type { Provenance } from '../types';

/** Unmistakable, in text and not by colour alone: these figures are invented. */
export function SyntheticBadge() {
  const { t } = useI18n();
  return <strong className="bb-badge bb-badge--synthetic">{t('advice.synthetic')}</strong>;
}

/** Where a block of figures comes from: dataset, source, year and the respondents behind it. */
export function ProvenanceLine({ provenance, label }: { provenance: Provenance; label?: string }) {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph utrecht-paragraph--small bb-provenance">
      {label && `${label}: `}
      {provenance.synthetic && (
        <>
          <SyntheticBadge />{' '}
        </>
      )}
      {t('advice.provenance', {
        dataset: provenance.dataset,
        source: provenance.source,
        year: provenance.year,
        n: provenance.n,
      })}
    </p>
  );
}
