import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { JourneyDocument, PhaseKey } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { addStep, emptyStep, findStep, moveStep, newStepId, removeStep, replaceStep } from './docEdit';
import { JourneyTable } from './JourneyTable';
import { PhaseNames } from './PhaseNames';
import { StepEditor } from './StepEditor';
import type { Measurement } from './types';

interface JourneyTableSectionProps {
  document: JourneyDocument;
  measurements: Measurement[];
  editable: boolean;
  /** Must be stable (the page passes one that reads its latest draft), or the memo is for nothing. */
  onChange: (next: JourneyDocument) => void;
}

/**
 * The table with the step editor. Which step is being edited is state of this section, not of the
 * page: opening the editor re-renders the section (the table is memoised and skips), not the page's
 * forms and panels (issue 5: the click on "Wijzigen" until the editor is painted).
 */
export const JourneyTableSection = memo(function JourneyTableSection({
  document: draft,
  measurements,
  editable,
  onChange,
}: JourneyTableSectionProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  // After the editor closes, focus returns to the step's "Wijzigen" button (or the table).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    window.document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  // The table's callbacks stay the same across edits, so its memo holds; they read the latest draft.
  const current = useRef(draft);
  current.current = draft;
  const add = useCallback(
    (phase: PhaseKey) => {
      const step = emptyStep(newStepId(current.current), t('journeys.step.newTitle'));
      onChange(addStep(current.current, phase, step));
      setEditing(step.id);
    },
    [t, onChange],
  );
  const move = useCallback(
    (stepId: string, by: -1 | 1) => {
      onChange(moveStep(current.current, stepId, by));
      setFocusAfter(`edit-${stepId}`);
    },
    [onChange],
  );

  const editingStep = editing ? findStep(draft, editing)?.step : undefined;
  const close = (stepId: string | null) => {
    setEditing(null);
    setFocusAfter(stepId ? `edit-${stepId}` : 'journey-table-heading');
  };

  return (
    <section aria-labelledby="journey-table-heading" className="bb-section">
      <Heading level={2} id="journey-table-heading" tabIndex={-1}>
        {t('journeys.table.heading')}
      </Heading>
      {editable && <PhaseNames document={draft} onChange={onChange} />}
      <JourneyTable
        document={draft}
        measurements={measurements}
        editable={editable}
        onEdit={setEditing}
        onAdd={add}
        onMove={move}
      />
      {editingStep && (
        <StepEditor
          key={editingStep.id}
          step={editingStep}
          onApply={(step) => {
            onChange(replaceStep(draft, step));
            close(step.id);
          }}
          onRemove={() => {
            onChange(removeStep(draft, editingStep.id));
            close(null);
          }}
          onClose={() => close(editingStep.id)}
        />
      )}
    </section>
  );
});
