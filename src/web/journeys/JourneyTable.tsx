import { memo, useId } from 'react';
import type { JourneyDocument, PhaseKey } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { LaneCell } from './cells';
import { LANE_KEYS } from './mapLayout';
import type { Measurement } from './types';

interface JourneyTableProps {
  document: JourneyDocument;
  measurements: Measurement[];
  editable: boolean;
  onEdit: (stepId: string) => void;
  onAdd: (phase: PhaseKey) => void;
  onMove: (stepId: string, by: -1 | 1) => void;
}

/**
 * The map as a table: one row group per phase, one row per step, one column per lane. It carries
 * everything the picture shows, and it is where the map is edited by keyboard.
 */
// Memoised like JourneyMap: opening the step editor must not re-render 60 rows of lanes.
export const JourneyTable = memo(function JourneyTable({
  document,
  measurements,
  editable,
  onEdit,
  onAdd,
  onMove,
}: JourneyTableProps) {
  const { t } = useI18n();
  const captionId = useId();
  const columns = 1 + LANE_KEYS.length + (editable ? 1 : 0);
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline bb-table-scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table bb-journey-table">
        <caption className="utrecht-table__caption" id={captionId}>
          {t('journeys.table.caption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('journeys.table.step')}
            </th>
            {LANE_KEYS.map((lane) => (
              <th key={lane} scope="col" className="utrecht-table__header-cell">
                {t(`journeys.lane.${lane}`)}
              </th>
            ))}
            {editable && (
              <th scope="col" className="utrecht-table__header-cell">
                {t('table.actions')}
              </th>
            )}
          </tr>
        </thead>
        {document.phases.map((phase, index) => (
          <tbody key={phase.key} className="utrecht-table__body">
            <tr className="utrecht-table__row bb-phase-row">
              <th scope="rowgroup" colSpan={columns} className="utrecht-table__header-cell">
                {t('journeys.table.phase', { number: index + 1, name: phase.name })}
                {editable && (
                  <Button appearance="subtle" className="bb-phase-row__add" onClick={() => onAdd(phase.key)}>
                    {t('journeys.step.add')}{' '}
                    <VisuallyHidden>{t('journeys.step.inPhase', { name: phase.name })}</VisuallyHidden>
                  </Button>
                )}
              </th>
            </tr>
            {phase.steps.length === 0 && (
              <tr className="utrecht-table__row">
                <td className="utrecht-table__cell" colSpan={columns}>
                  {t('journeys.table.noSteps')}
                </td>
              </tr>
            )}
            {phase.steps.map((step, i) => (
              <tr key={step.id} className="utrecht-table__row">
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
                    <LaneCell
                      t={t}
                      step={step}
                      lane={lane}
                      measurements={
                        lane === 'heartbeat' ? measurements.filter((m) => m.stepId === step.id) : []
                      }
                    />
                  </td>
                ))}
                {editable && (
                  <td className="utrecht-table__cell">
                    <div className="bb-row-actions">
                      <Button id={`edit-${step.id}`} onClick={() => onEdit(step.id)}>
                        {t('form.edit')} <VisuallyHidden>{step.title}</VisuallyHidden>
                      </Button>
                      {i > 0 && (
                        <Button appearance="subtle" onClick={() => onMove(step.id, -1)}>
                          {t('journeys.step.earlier')} <VisuallyHidden>{step.title}</VisuallyHidden>
                        </Button>
                      )}
                      {i < phase.steps.length - 1 && (
                        <Button appearance="subtle" onClick={() => onMove(step.id, 1)}>
                          {t('journeys.step.later')} <VisuallyHidden>{step.title}</VisuallyHidden>
                        </Button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
});
