import { useParams } from 'react-router';
import { SavedNotice } from '../../admin/SavedNotice';
import { StaleAlert } from '../../admin/StaleAlert';
import { useResourceEditor } from '../../admin/useResourceEditor';
import { useI18n } from '../../i18n/I18nProvider';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { caseAdminKeys, getTemplate, saveTemplate, type MessageTemplate } from '../caseAdminApi';
import { channelKey, eventKey } from './labels';
import { TemplateForm } from './TemplateForm';

type TemplateBody = { subject: string | null; body: string };

/** /beheer/berichtsjablonen/:event/:channel */
export function TemplateEditPage() {
  const { t } = useI18n();
  const { event = '', channel = '' } = useParams();
  const editor = useResourceEditor<MessageTemplate, TemplateBody>({
    baseKey: caseAdminKeys.templates,
    id: `${event}/${channel}`,
    fetch: getTemplate,
    update: saveTemplate,
    fields: ['subject', 'body'],
  });
  const eventName = eventKey(event);
  const channelName = channelKey(channel);
  const response = editor.query.data;
  return (
    <>
      <PageHeading>
        {t('caseAdmin.template.editTitle', {
          event: eventName ? t(eventName) : event,
          channel: channelName ? t(channelName) : channel,
        })}
      </PageHeading>
      <Paragraph>
        <RouterLink to="../.." relative="path">
          {t('form.cancel')}
        </RouterLink>
      </Paragraph>
      <QueryState
        isPending={editor.query.isPending}
        error={editor.query.error}
        onRetry={() => void editor.query.refetch()}
      />
      <SavedNotice message={editor.saved ? t('form.saved') : null} />
      {editor.stale && <StaleAlert busy={editor.query.isFetching} onReload={() => void editor.reload()} />}
      {response && (
        <TemplateForm
          key={editor.version}
          template={response.data}
          errors={editor.errors}
          busy={editor.save.isPending}
          onValidationError={editor.setErrors}
          onNoChanges={() => editor.setSaved(false)}
          onSave={(body) => editor.save.mutate(body)}
        />
      )}
    </>
  );
}
