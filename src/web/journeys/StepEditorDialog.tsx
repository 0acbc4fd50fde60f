import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The step editor's modal: a native <dialog> opened with showModal(), so the page behind it is
 * inert, focus stays inside, Escape closes it and nothing scrolls (issue 5: the editor used to be
 * rendered below a 60-row table, and focusing it scrolled the page ~11,000 px and forced a layout
 * of the whole page). Mounted only while a step is edited; the caller returns focus on close.
 */
export function StepEditorDialog({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // A layout effect: the dialog is open before the editor's own effect focuses its heading.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    // Escape (and any other close of the dialog itself) fires "close"; Toepassen, Annuleren and
    // Verwijderen unmount it through the caller's state instead.
    <dialog
      ref={dialog}
      className="bb-dialog bb-step-dialog"
      aria-labelledby="step-editor-heading"
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
