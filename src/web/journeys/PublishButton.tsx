import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { Paragraph } from '../ui/Paragraph';
import { LIBRARY_KEY, publishToLibrary } from './journeysApi';

/** Publishes a stripped copy to the shared library of all gemeenten (journeys:publish). */
export function PublishButton({ kind, sourceId }: { kind: 'persona' | 'journey'; sourceId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: () => publishToLibrary(kind, sourceId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: LIBRARY_KEY }),
  });
  return (
    <section aria-labelledby={`publish-${sourceId}`} className="bb-section">
      <h2 className="utrecht-heading-2" id={`publish-${sourceId}`}>
        {t('journeys.library.publishHeading')}
      </h2>
      <Paragraph small>{t('journeys.library.publishHelp')}</Paragraph>
      <Button busy={publish.isPending} onClick={() => publish.mutate()}>
        {t('journeys.library.publish')}
      </Button>
      <p className="utrecht-paragraph" role="status">
        {publish.isSuccess && t('journeys.library.published')}
        {publish.isError &&
          (isApiError(publish.error)
            ? (publish.error.problem.detail ?? publish.error.message)
            : t('app.error'))}
      </p>
    </section>
  );
}
