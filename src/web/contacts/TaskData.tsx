import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCan, useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { useTeams } from '../admin/teams/useTeams';
import { getContact } from './contactsApi';
import { codeLabel } from './labels';
import type { Task } from './types';

/** The task's facts, and what it belongs to: its melding (a link) and the contact it came from. */
export function TaskData({ item }: { item: Task }) {
  const { t, lang } = useI18n();
  const can = useCan();
  const { user } = useSession();
  const teams = useTeams();
  const none = t('contacts.detail.none');
  const contactId = item.contactId ?? null;
  const contact = useQuery({
    queryKey: ['contacts', 'detail', contactId],
    queryFn: () => getContact(contactId!),
    enabled: !!contactId && can('contacts:read'),
  });
  const teamName = teams.teams.find((team) => team.id === item.teamId)?.name;
  const assignee = !item.assigneeId
    ? t('contacts.detail.nobody')
    : item.assigneeId === user.id
      ? t('contacts.detail.me', { name: user.name })
      : t('contacts.detail.someoneElse');
  const rows: [string, ReactNode][] = [
    [t('contacts.taskDetail.kind'), codeLabel(t, 'contacts.taskKind', item.kind)],
    [
      t('contacts.detail.status'),
      codeLabel(t, 'contacts.taskStatus', item.status) +
        (item.overdue ? ` (${t('contacts.queue.overdue')})` : ''),
    ],
    [t('contacts.taskDetail.description'), item.description || none],
    [t('contacts.taskDetail.phone'), item.callbackPhone ?? none],
    [t('contacts.detail.due'), formatDateTime(lang, item.dueAt)],
    [t('contacts.detail.team'), teamName ?? (item.teamId ? '…' : t('contacts.detail.noTeam'))],
    [t('contacts.detail.assignee'), assignee],
    [
      t('contacts.taskDetail.case'),
      item.caseId ? (
        <RouterLink to={`/meldingen/${encodeURIComponent(item.caseId)}`}>
          {t('contacts.taskDetail.openCase')}
        </RouterLink>
      ) : (
        none
      ),
    ],
    [
      t('contacts.taskDetail.contact'),
      contact.data
        ? t('contacts.taskDetail.contactLine', {
            when: formatDateTime(lang, contact.data.occurredAt),
            channel: codeLabel(t, 'contacts.channel', contact.data.channel),
          })
        : contactId
          ? '…'
          : none,
    ],
    ...(item.completedAt
      ? ([[t('contacts.taskDetail.completed'), formatDateTime(lang, item.completedAt)]] as [string, string][])
      : []),
    ...(item.result ? ([[t('contacts.taskDetail.result'), item.result]] as [string, string][]) : []),
  ];
  return (
    <section aria-labelledby="task-data-heading">
      <Heading level={2} id="task-data-heading">
        {t('contacts.detail.data')}
      </Heading>
      <dl className="bb-case-data">
        {rows.map(([label, value]) => (
          <div key={label} className="bb-case-data__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
