import { memo } from 'react';
import type { Step } from '../../shared/journeys/model';
import type { Translate } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { LaneCell } from './cells';
import { LANE_KEYS } from './mapLayout';
import type { Measurement } from './types';

interface StepRowProps {
  t: Translate;
  step: Step;
  /** This step's measurements (the heartbeat cell lists them). */
  measurements: Measurement[];
  editable: boolean;
  canMoveEarlier: boolean;
  canMoveLater: boolean;
  onEdit: (stepId: string) => void;
  onMove: (stepId: string, by: -1 | 1) => void;
}

const NONE: Measurement[] = [];

/**
 * One step of the table. Memoised: an edit changes one step object (docEdit keeps the others), so
 * after applying a step or moving one only the rows whose step or neighbours changed re-render.
 */
export const StepRow = memo(function StepRow({
  t,
  step,
  measurements,
  editable,
  canMoveEarlier,
  canMoveLater,
  onEdit,
  onMove,
}: StepRowProps) {
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        {step.title}
        {step.experimentOutcome && (
          <p className="bb-measured">
            {t('journeys.experiment.outcomeOnStep', {
              winner: step.experimentOutcome.winner,
              summary: step.experimentOutcome.summary,
            })}
          </p>
        )}
      </th>
      {LANE_KEYS.map((lane) => (
        <td key={lane} className="utrecht-table__cell">
          <LaneCell t={t} step={step} lane={lane} measurements={lane === 'heartbeat' ? measurements : NONE} />
        </td>
      ))}
      {editable && (
        <td className="utrecht-table__cell">
          <div className="bb-row-actions">
            <Button id={`edit-${step.id}`} onClick={() => onEdit(step.id)}>
              {t('form.edit')} <VisuallyHidden>{step.title}</VisuallyHidden>
            </Button>
            {canMoveEarlier && (
              <Button appearance="subtle" onClick={() => onMove(step.id, -1)}>
                {t('journeys.step.earlier')} <VisuallyHidden>{step.title}</VisuallyHidden>
              </Button>
            )}
            {canMoveLater && (
              <Button appearance="subtle" onClick={() => onMove(step.id, 1)}>
                {t('journeys.step.later')} <VisuallyHidden>{step.title}</VisuallyHidden>
              </Button>
            )}
          </div>
        </td>
      )}
    </tr>
  );
});
