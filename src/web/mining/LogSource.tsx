import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../ui/Link';
import type { EventLog } from './types';

/** Where a log comes from, with attribution and licence for a public dataset. */
export function LogSource({ log }: { log: EventLog }) {
  const { t } = useI18n();
  const p = log.provenance;
  const kind =
    p.kind === 'own-cases'
      ? t('mining.source.own')
      : p.kind === 'public-dataset'
        ? t('mining.source.public')
        : t('mining.source.imported');
  return (
    <span className="bb-log-source">
      {kind}
      {p.label && p.label !== log.name ? `: ${p.label}` : ''}
      {p.attribution ? ` (${p.attribution}${p.licence ? `, ${p.licence}` : ''})` : ''}
      {p.url && (
        <>
          {' '}
          <Link href={p.url} rel="noopener noreferrer">
            {t('mining.source.link')}
          </Link>
        </>
      )}
    </span>
  );
}
