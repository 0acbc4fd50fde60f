import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { DataTable } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { getPartyHistory, PARTIES_KEY } from './contactsApi';
import { codeLabel } from './labels';
import type { Contact } from './types';

export const historyKey = (partyId: string) => [...PARTIES_KEY, 'history', partyId];

/**
 * Everything the gemeente knows about the resident's dealings with it: contacts on all channels,
 * meldingen with their status, tasks, and the channel they want feedback on. Free text is
 * rendered as text (React escapes it), never as HTML.
 */
export function HistoryPanel({ partyId, headingLevel = 2 }: { partyId: string; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const query = useQuery({ queryKey: historyKey(partyId), queryFn: () => getPartyHistory(partyId) });
  const history = query.data;
  const sub = headingLevel === 2 ? 3 : 4;

  if (!history) {
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const { party, cases, tasks, contacts } = history;
  return (
    <section
      aria-labelledby="history-heading"
      className="bb-kcc-history"
      aria-busy={query.isFetching || undefined}
    >
      <Heading level={headingLevel} id="history-heading">
        {t('contacts.history.heading', { name: party.displayName })}
      </Heading>
      <Paragraph>
        {party.preferredChannel
          ? t('contacts.history.preferred', {
              channel: codeLabel(t, 'contacts.channel', party.preferredChannel),
            })
          : t('contacts.history.noPreference')}
      </Paragraph>
      <Heading level={sub}>{t('contacts.history.cases')}</Heading>
      {cases.length === 0 ? (
        <Paragraph>{t('contacts.history.noCases')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {cases.map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item">
              <RouterLink to={`/meldingen/${encodeURIComponent(c.id)}`}>{c.number}</RouterLink>{' '}
              {codeLabel(t, 'contacts.status', c.status)}
              {c.overdue && <strong> ({t('contacts.queue.overdue')})</strong>}: {c.title}
              {c.dueDate && ` · ${t('contacts.queue.due')} ${formatDate(lang, c.dueDate)}`}
            </li>
          ))}
        </ul>
      )}
      <Heading level={sub}>{t('contacts.history.tasks')}</Heading>
      {tasks.length === 0 ? (
        <Paragraph>{t('contacts.history.noTasks')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {tasks.map((task) => (
            <li key={task.id} className="utrecht-unordered-list__item">
              {t('contacts.history.taskLine', {
                kind: codeLabel(t, 'contacts.taskKind', task.kind),
                status: codeLabel(t, 'contacts.taskStatus', task.status),
                description: task.description,
              })}
            </li>
          ))}
        </ul>
      )}
      <DataTable<Contact>
        caption={t('contacts.history.contacts')}
        rows={contacts}
        rowKey={(c) => c.id}
        columns={[
          {
            key: 'when',
            header: t('contacts.history.when'),
            rowHeader: true,
            render: (c) => formatDateTime(lang, c.occurredAt),
          },
          {
            key: 'channel',
            header: t('contacts.history.channel'),
            render: (c) =>
              `${codeLabel(t, 'contacts.channel', c.channel)}, ${codeLabel(t, 'contacts.direction', c.direction).toLowerCase()}`,
          },
          {
            key: 'topic',
            header: t('contacts.history.topic'),
            render: (c) => c.topicName ?? c.topicCode ?? '',
          },
          { key: 'summary', header: t('contacts.history.summary'), render: (c) => c.summary },
          {
            key: 'outcome',
            header: t('contacts.history.outcome'),
            render: (c) => codeLabel(t, 'contacts.outcome', c.outcome),
          },
        ]}
      />
    </section>
  );
}
