import { useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { Heading } from '../ui/Heading';
import { codeLabel } from './labels';
import type { Case } from './types';
import { useTeams } from '../admin/teams/useTeams';

/** The case's facts as a description list. */
export function CaseData({ item }: { item: Case }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const teams = useTeams();
  const teamName = teams.teams.find((team) => team.id === item.teamId)?.name;
  const none = t('contacts.detail.none');
  const assignee = !item.assigneeId
    ? t('contacts.detail.nobody')
    : item.assigneeId === user.id
      ? t('contacts.detail.me', { name: user.name })
      : t('contacts.detail.someoneElse');
  const location = [item.postcode, item.houseNumber, item.locationText].filter(Boolean).join(' ');
  const rows: [string, string][] = [
    [t('contacts.detail.category'), item.categoryName ?? item.categoryCode],
    [
      t('contacts.detail.status'),
      codeLabel(t, 'contacts.status', item.status) +
        (item.overdue ? ` (${t('contacts.queue.overdue')})` : ''),
    ],
    ...(item.holdReason ? ([[t('contacts.detail.holdReason'), item.holdReason]] as [string, string][]) : []),
    [t('contacts.detail.description'), item.description || none],
    [t('contacts.detail.location'), location || none],
    [t('contacts.detail.due'), item.dueDate ? formatDate(lang, item.dueDate) : none],
    [t('contacts.detail.team'), teamName ?? (item.teamId ? '…' : t('contacts.detail.noTeam'))],
    [t('contacts.detail.assignee'), assignee],
    [t('contacts.detail.sourceChannel'), codeLabel(t, 'contacts.channel', item.sourceChannel)],
    [t('contacts.detail.feedbackChannel'), codeLabel(t, 'contacts.channel', item.feedbackChannel) || none],
    [t('contacts.detail.created'), formatDateTime(lang, item.createdAt)],
    ...(item.legalHold
      ? ([[t('contacts.legalHold.heading'), t('contacts.legalHold.isHeld')]] as [string, string][])
      : []),
  ];
  return (
    <section aria-labelledby="case-data-heading">
      <Heading level={2} id="case-data-heading">
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
