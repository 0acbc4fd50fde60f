import { memo, useId, type Ref } from 'react';
import type { JourneyDocument, Step } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { label } from './labels';
import { GEOMETRY, layoutMap, wrapText, type LaneKey } from './mapLayout';

interface JourneyMapProps {
  title: string;
  document: JourneyDocument;
  assumedStepIds: readonly string[];
  /** Measured value per step id, written beside the assumed heartbeat. */
  measured: ReadonlyMap<string, string>;
  ref?: Ref<SVGSVGElement>;
}

// Colours and fonts are attributes, not CSS classes, so the same SVG renders unchanged when it is
// serialised for the PNG and PDF export.
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const LINE = '#b3b3b3';
const HEART = '#8a1538';
const FONT = 'system-ui, Arial, sans-serif';

/** The journey map as a printable picture. The table below it is the equivalent for screen readers. */
// Memoised: a 60-step map is hundreds of SVG nodes, and the page re-renders for every panel that
// loads and for opening the step editor (docs/benchmarks.md, Klantreizen).
export const JourneyMap = memo(function JourneyMap({
  title,
  document,
  assumedStepIds,
  measured,
  ref,
}: JourneyMapProps) {
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  const map = layoutMap(document, assumedStepIds);
  const g = GEOMETRY;
  const cellLines = (step: Step, lane: LaneKey): string[] => laneText(t, step, lane);

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      width={map.width}
      height={map.height}
      viewBox={`0 0 ${map.width} ${map.height}`}
      className="bb-journey-map"
      fontFamily={FONT}
      fontSize={12}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{t('journeys.map.desc')}</desc>
      <rect x={0} y={0} width={map.width} height={map.height} fill="#ffffff" />
      {map.lanes.map((lane) => (
        <g key={lane.key}>
          <line x1={0} x2={map.width} y1={lane.y} y2={lane.y} stroke={LINE} />
          <text x={6} y={lane.y + 18} fill={INK} fontWeight={700}>
            {t(`journeys.lane.${lane.key}`)}
          </text>
        </g>
      ))}
      {map.phases.map((phase, i) => (
        <g key={phase.key}>
          <rect
            x={phase.x}
            y={0}
            width={phase.width}
            height={g.phaseHeight}
            fill={i % 2 ? '#dfe7f0' : '#eef2f7'}
            stroke={LINE}
          />
          <text x={phase.x + 8} y={22} fill={INK} fontWeight={700}>
            {wrapText(`${i + 1}. ${phase.name}`, Math.floor(phase.width / 7), 1)[0]}
          </text>
          <line x1={phase.x} x2={phase.x} y1={0} y2={map.height} stroke={MUTED} />
        </g>
      ))}
      {map.steps.map(({ step, x, y, assumed }) => (
        <g key={step.id}>
          <line x1={x} x2={x} y1={g.phaseHeight} y2={map.height} stroke={LINE} strokeDasharray="2 4" />
          {wrapText(step.title, 22, 2).map((line, i) => (
            <text key={i} x={x + 8} y={g.phaseHeight + 18 + i * 15} fill={INK} fontWeight={700}>
              {line}
            </text>
          ))}
          {map.lanes.map((lane) =>
            lane.key === 'heartbeat' ? null : (
              <text key={lane.key} x={x + 8} y={lane.y + 16} fill={INK}>
                {cellLines(step, lane.key)
                  .slice(0, Math.floor((lane.height - 8) / 14))
                  .map((line, i) => (
                    <tspan key={i} x={x + 8} dy={i ? 14 : 0}>
                      {line}
                    </tspan>
                  ))}
              </text>
            ),
          )}
          {y !== null && (
            <circle
              cx={x + g.stepWidth / 2}
              cy={y}
              r={6}
              fill={assumed ? '#ffffff' : HEART}
              stroke={HEART}
              strokeWidth={2}
            />
          )}
          {measured.get(step.id) && (
            <text x={x + 8} y={(map.lanes.find((l) => l.key === 'heartbeat')?.y ?? 0) + 90} fill={MUTED}>
              {measured.get(step.id)}
            </text>
          )}
        </g>
      ))}
      {map.segments.map((s, i) => (
        <line
          key={i}
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          stroke={HEART}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '6 5' : undefined}
        />
      ))}
    </svg>
  );
});

function laneText(t: ReturnType<typeof useI18n>['t'], step: Step, lane: LaneKey): string[] {
  const wrap = (text: string) => wrapText(text, 24, 4);
  switch (lane) {
    case 'does':
      return step.does ? wrap(step.does.text) : [];
    case 'thinks':
      return step.thinks ? wrap(`“${step.thinks.text}”`) : [];
    case 'touchpoints':
      return step.touchpoints.map(
        (tp) =>
          `${tp.channel}: ${label(t, 'journeys.actor', tp.initiator)} → ${label(t, 'journeys.actor', tp.receiver)}`,
      );
    case 'painPoints':
      return step.painPoints.flatMap((c) => wrapText(`• ${c.text}`, 24, 2));
    case 'ideas':
      return step.ideas.flatMap((c) => wrapText(`• ${c.text}`, 24, 2));
    case 'backstage':
      return step.backstage.map((b) => (b.system ? `${b.department} (${b.system})` : b.department));
    case 'kpi':
      return step.kpi
        ? wrapText(step.kpi.target ? `${step.kpi.name}: ${step.kpi.target}` : step.kpi.name, 24, 2)
        : [];
    default:
      return [];
  }
}
