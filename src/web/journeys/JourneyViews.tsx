import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { JourneyDocument, PhaseKey } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { addStep, emptyStep, findStep, moveStep, newStepId, removeStep, replaceStep } from './docEdit';
import { JourneyMap } from './JourneyMap';
import { JourneyTable } from './JourneyTable';
import { MapStepButtons } from './MapStepButtons';
import { PhaseNames } from './PhaseNames';
import { StepEditor } from './StepEditor';
import { StepEditorDialog } from './StepEditorDialog';
import type { Measurement } from './types';

export type JourneyView = 'map' | 'table';
/** Where the chosen view is remembered: a keyboard or screen-reader user who picks the table gets it every time. */
export const VIEW_STORAGE_KEY = 'bb.journeys.view';

function storedView(): JourneyView {
  try {
    return window.localStorage.getItem(VIEW_STORAGE_KEY) === 'table' ? 'table' : 'map';
  } catch {
    return 'map';
  }
}

interface JourneyViewsProps {
  title: string;
  document: JourneyDocument;
  measurements: Measurement[];
  /** Measured value per step id, written on the map beside the assumed heartbeat. */
  measured: ReadonlyMap<string, string>;
  assumedStepIds: readonly string[];
  editable: boolean;
  /** Must be stable (the page passes one that reads its latest draft), or the memo is for nothing. */
  onChange: (next: JourneyDocument) => void;
}

/**
 * The journey shown one of two ways, chosen with a switch above them: the map (SVG, with a row of
 * "Wijzigen" buttons over its step columns) or the equivalent table (issue 5: for screen readers
 * and keyboard editing). Only the chosen one is in the DOM: a 60-row table under a 60-step map was
 * most of the style, layout and paint of opening a map. Both edit a step in the same modal dialog.
 *
 * Which view is shown and which step is edited is state of this component, not of the page: opening
 * the editor re-renders this (the map, its buttons and the table are memoised and skip), not the
 * page's forms and panels.
 */
export const JourneyViews = memo(function JourneyViews({
  title,
  document: draft,
  measurements,
  measured,
  assumedStepIds,
  editable,
  onChange,
}: JourneyViewsProps) {
  const { t } = useI18n();
  const [view, setView] = useState<JourneyView>(storedView);
  const choose = (next: JourneyView) => {
    setView(next);
    try {
      window.localStorage.setItem(VIEW_STORAGE_KEY, next);
    } catch {
      // Private mode or storage full: the choice holds for this page only.
    }
  };
  const [editing, setEditing] = useState<string | null>(null);
  // After the editor closes, focus returns to the step's "Wijzigen" button (or the view's heading).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    window.document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  // The callbacks stay the same across edits, so the memos of the map buttons and the table hold;
  // they read the latest draft.
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
  const headingId = view === 'map' ? 'journey-map-heading' : 'journey-table-heading';
  const close = (stepId: string | null) => {
    setEditing(null);
    setFocusAfter(stepId ? `edit-${stepId}` : headingId);
  };

  return (
    <>
      <div className="bb-view-switch" role="group" aria-label={t('journeys.view.label')}>
        {(['map', 'table'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="utrecht-button utrecht-button--secondary-action bb-view-switch__option"
            aria-pressed={view === option}
            onClick={() => choose(option)}
          >
            {t(`journeys.view.${option}`)}
          </button>
        ))}
      </div>
      {editable && (
        <Paragraph small className="bb-no-print">
          {t('journeys.view.help')}
        </Paragraph>
      )}
      {editable && <PhaseNames document={draft} onChange={onChange} />}

      {view === 'map' ? (
        <section aria-labelledby="journey-map-heading" className="bb-section bb-map-section">
          <Heading level={2} id="journey-map-heading" tabIndex={-1}>
            {t('journeys.map.heading')}
          </Heading>
          <Paragraph small>{t('journeys.map.legend')}</Paragraph>
          <div className="bb-map-scroll" role="region" aria-labelledby="journey-map-heading" tabIndex={0}>
            {editable && <MapStepButtons t={t} document={draft} onEdit={setEditing} onAdd={add} />}
            <JourneyMap title={title} document={draft} assumedStepIds={assumedStepIds} measured={measured} />
          </div>
        </section>
      ) : (
        <section aria-labelledby="journey-table-heading" className="bb-section">
          <Heading level={2} id="journey-table-heading" tabIndex={-1}>
            {t('journeys.table.heading')}
          </Heading>
          <JourneyTable
            document={draft}
            measurements={measurements}
            editable={editable}
            onEdit={setEditing}
            onAdd={add}
            onMove={move}
          />
        </section>
      )}

      {editingStep && (
        <StepEditorDialog onClose={() => close(editingStep.id)}>
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
        </StepEditorDialog>
      )}
    </>
  );
});
