import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { caseAdminKeys, listTemplates, templateId, type MessageTemplate } from '../caseAdminApi';
import { EditLink } from '../EditLink';
import { channelKey, eventKey, eventOrder } from './labels';

/** /beheer/berichtsjablonen — the message per status event and channel (tone per channel). */
export function TemplatesPage() {
  const { t } = useI18n();
  const query = useQuery({ queryKey: caseAdminKeys.templates, queryFn: listTemplates });
  const label = (key: ReturnType<typeof eventKey>, raw: string) => (key ? t(key) : raw);
  const rows = [...(query.data ?? [])].sort(
    (a, b) => eventOrder(a.event) - eventOrder(b.event) || a.channel.localeCompare(b.channel),
  );
  const nameOf = (m: MessageTemplate) =>
    `${label(eventKey(m.event), m.event)}, ${label(channelKey(m.channel), m.channel)}`;

  const columns: Column<MessageTemplate>[] = [
    {
      key: 'event',
      header: t('caseAdmin.template.event'),
      rowHeader: true,
      render: (m) => label(eventKey(m.event), m.event),
    },
    {
      key: 'channel',
      header: t('caseAdmin.template.channel'),
      render: (m) => label(channelKey(m.channel), m.channel),
    },
    { key: 'subject', header: t('caseAdmin.template.subject'), render: (m) => m.subject ?? '' },
    {
      key: 'actions',
      header: t('table.actions'),
      render: (m) => <EditLink to={templateId(m)} name={nameOf(m)} />,
    },
  ];

  return (
    <>
      <PageHeading>{t('caseAdmin.templates')}</PageHeading>
      <Paragraph>{t('caseAdmin.templates.intro')}</Paragraph>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable
          caption={t('caseAdmin.templates.caption')}
          columns={columns}
          rows={rows}
          rowKey={templateId}
          busy={query.isFetching}
        />
      )}
    </>
  );
}
