import { memo } from 'react';
import type { JourneyDocument, PhaseKey } from '../../shared/journeys/model';
import type { Translate } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { GEOMETRY } from './mapLayout';

interface MapStepButtonsProps {
  t: Translate;
  document: JourneyDocument;
  onEdit: (stepId: string) => void;
  onAdd: (phase: PhaseKey) => void;
}

/**
 * The map view's controls (for editors): per phase "Stap toevoegen", per step "Wijzigen", in a row
 * above the SVG in the same scrolling container, each as wide as its column of the map
 * (mapLayout.ts's geometry). The buttons have the ids and names of the table's, so the page is
 * edited the same way in either view; moving steps is done in the table.
 */
export const MapStepButtons = memo(function MapStepButtons({
  t,
  document,
  onEdit,
  onAdd,
}: MapStepButtonsProps) {
  const g = GEOMETRY;
  return (
    <div className="bb-map-controls" style={{ paddingInlineStart: g.labelWidth }}>
      {document.phases.map((phase) => (
        <div
          key={phase.key}
          className="bb-map-controls__phase"
          style={{ inlineSize: phase.steps.length ? phase.steps.length * g.stepWidth : g.emptyPhaseWidth }}
        >
          <Button appearance="subtle" className="bb-map-controls__add" onClick={() => onAdd(phase.key)}>
            {t('journeys.step.add')}{' '}
            <VisuallyHidden>{t('journeys.step.inPhase', { name: phase.name })}</VisuallyHidden>
          </Button>
          <div className="bb-map-controls__steps">
            {phase.steps.map((step) => (
              <div key={step.id} className="bb-map-controls__step" style={{ inlineSize: g.stepWidth }}>
                <Button id={`edit-${step.id}`} onClick={() => onEdit(step.id)}>
                  {t('form.edit')} <VisuallyHidden>{step.title}</VisuallyHidden>
                </Button>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
});
