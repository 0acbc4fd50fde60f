import { memo, useId, useMemo } from 'react';
import type { JourneyDocument, PhaseKey } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { LANE_KEYS } from './mapLayout';
import { StepRow } from './StepRow';
import type { Measurement } from './types';

const NONE: Measurement[] = [];

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
  const byStep = useMemo(() => {
    const map = new Map<string, Measurement[]>();
    for (const m of measurements) map.set(m.stepId, [...(map.get(m.stepId) ?? []), m]);
    return map;
  }, [measurements]);
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
        {/* Set column widths and table-layout: fixed (journeys.css): the browser sizes the columns
            from these, not from the content of all 600 cells (issue 5). */}
        <colgroup>
          <col className="bb-journey-table__step" />
          {LANE_KEYS.map((lane) => (
            <col key={lane} className="bb-journey-table__lane" />
          ))}
          {editable && <col className="bb-journey-table__actions" />}
        </colgroup>
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
              <StepRow
                key={step.id}
                t={t}
                step={step}
                measurements={byStep.get(step.id) ?? NONE}
                editable={editable}
                canMoveEarlier={i > 0}
                canMoveLater={i < phase.steps.length - 1}
                onEdit={onEdit}
                onMove={onMove}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
});
