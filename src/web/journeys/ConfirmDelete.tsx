import { useRef, useState } from 'react';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

interface Props {
  /** What is deleted, e.g. the journey's title: named in the question. */
  name: string;
  /** Deletes with the If-Match of the version the user sees; rejects with the API error. */
  remove: () => Promise<void>;
  onDeleted: () => void;
  /** Offered on 412: load the newer version before deciding again. */
  onReload: () => void;
}

/**
 * Delete behind a confirmation: a native modal <dialog> (focus moves in and is trapped, Escape
 * cancels, focus returns to the button). A 412 means someone saved in between: nothing is
 * deleted, and the user reloads to see what changed before deleting again.
 */
export function ConfirmDelete({ name, remove, onDeleted, onReload }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<'stale' | string | null>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
      dialog.current?.close();
      onDeleted();
    } catch (error) {
      setFailure(
        isApiError(error) && error.status === 412
          ? 'stale'
          : isApiError(error)
            ? (error.problem.detail ?? t('app.error'))
            : t('app.error'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        appearance="subtle"
        onClick={() => {
          setFailure(null);
          dialog.current?.showModal();
        }}
      >
        {t('journeys.delete.button')}
      </Button>
      <dialog ref={dialog} className="bb-dialog" aria-labelledby="delete-dialog-heading">
        <Heading level={2} id="delete-dialog-heading">
          {t('journeys.delete.heading')}
        </Heading>
        <Paragraph>{t('journeys.delete.question', { name })}</Paragraph>
        {failure === 'stale' ? (
          <Alert type="warning" role="alert">
            <Paragraph>{t('journeys.delete.stale')}</Paragraph>
            <Button
              onClick={() => {
                dialog.current?.close();
                onReload();
              }}
            >
              {t('journeys.delete.reload')}
            </Button>
          </Alert>
        ) : (
          failure && (
            <Alert type="error" role="alert">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )
        )}
        <div className="bb-dialog-actions">
          <Button
            appearance="primary"
            busy={busy}
            disabled={failure === 'stale'}
            onClick={() => void confirm()}
          >
            {t('journeys.delete.confirm')}
          </Button>
          <Button onClick={() => dialog.current?.close()}>{t('journeys.delete.cancel')}</Button>
        </div>
      </dialog>
    </>
  );
}
