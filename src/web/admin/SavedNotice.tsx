import { Alert } from '../ui/Alert';
import { Paragraph } from '../ui/Paragraph';

/** A success message in a live region: announced without moving focus away from the form. */
export function SavedNotice({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="bb-live-region">
      {message && (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
