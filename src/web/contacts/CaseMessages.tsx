import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { DataTable } from '../ui/DataTable';
import { codeLabel } from './labels';
import type { OutgoingMessage } from './types';

/** Messages the resident got (or will get) about this case, from the outbox. */
export function CaseMessages({ messages }: { messages: OutgoingMessage[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="case-messages-heading" className="bb-section">
      <h2 className="utrecht-heading-2" id="case-messages-heading">
        {t('contacts.detail.messages')}
      </h2>
      <DataTable<OutgoingMessage>
        caption={t('contacts.detail.messagesCaption')}
        rows={messages}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'created',
            header: t('contacts.detail.messageCreated'),
            rowHeader: true,
            render: (m) => formatDateTime(lang, m.createdAt),
          },
          {
            key: 'channel',
            header: t('contacts.detail.messageChannel'),
            render: (m) => codeLabel(t, 'contacts.channel', m.channel),
          },
          {
            key: 'subject',
            header: t('contacts.detail.messageSubject'),
            render: (m) => m.subject ?? m.body ?? '',
          },
          {
            key: 'status',
            header: t('contacts.detail.messageStatus'),
            render: (m) => codeLabel(t, 'contacts.messageStatus', m.status),
          },
        ]}
      />
    </section>
  );
}
