import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { Paragraph } from '../ui/Paragraph';
import type { PublicCaseEvent } from './publicApi';
import { useStatusLabel } from './statusLabels';

/** The public steps of a melding, oldest first, as an ordered list. */
export function CaseTimeline({ events }: { events: PublicCaseEvent[] }) {
  const { t, lang } = useI18n();
  const label = useStatusLabel();
  if (events.length === 0) return <Paragraph>{t('publicForms.follow.noEvents')}</Paragraph>;
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <ol className="utrecht-ordered-list bb-timeline">
      {ordered.map((event, index) => (
        <li key={`${event.occurredAt}-${index}`} className="utrecht-ordered-list__item">
          <time dateTime={event.occurredAt}>{formatDateTime(lang, event.occurredAt)}</time>:{' '}
          {label(event.status ?? event.activity)}
        </li>
      ))}
    </ol>
  );
}
