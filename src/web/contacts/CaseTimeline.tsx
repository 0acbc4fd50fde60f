import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { codeLabel } from './labels';
import type { CaseEvent } from './types';

/** The case's events in order: what happened, when, and any note or status change. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t, lang } = useI18n();
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <section aria-labelledby="case-timeline-heading" className="bb-section">
      <Heading level={2} id="case-timeline-heading">
        {t('contacts.detail.timeline')}
      </Heading>
      {ordered.length === 0 ? (
        <Paragraph>{t('contacts.detail.noEvents')}</Paragraph>
      ) : (
        <ol className="utrecht-ordered-list">
          {ordered.map((event) => (
            <li key={event.seq} className="utrecht-ordered-list__item">
              {t('contacts.detail.event', {
                when: formatDateTime(lang, event.occurredAt),
                activity: event.activity,
              })}
              {event.statusTo &&
                ` (${[event.statusFrom, event.statusTo]
                  .filter(Boolean)
                  .map((s) => codeLabel(t, 'contacts.status', s))
                  .join(' → ')})`}
              {event.channel && `, ${codeLabel(t, 'contacts.channel', event.channel)}`}
              {event.note && (
                <>
                  <br />
                  {event.note}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
