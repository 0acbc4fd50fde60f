// The journey map as a flat list of shapes in SVG units, computed once from the layout. The page's
// SVG (mapSvg.ts) and the PDF (mapPdf.ts) both draw this list, so they cannot drift apart, and
// neither needs a component per card: a 60-step map is a few thousand shapes (issue 5).
import type { JourneyDocument, Step } from '../../shared/journeys/model';
import type { Translate } from '../i18n/I18nProvider';
import { label } from './labels';
import { GEOMETRY, layoutMap, wrapText, type LaneKey } from './mapLayout';

export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const LINE = '#b3b3b3';
export const HEART = '#8a1538';
export const WHITE = '#ffffff';

export interface SceneRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
}
/** Lines that share one look; the SVG draws each set as a single path. */
export interface SceneLines {
  stroke: string;
  width: number;
  dash?: [number, number];
  lines: { x1: number; y1: number; x2: number; y2: number }[];
}
export interface SceneText {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  lineHeight: number;
  fill: string;
  bold?: boolean;
  /** A phase name: the x-range of its band, so a PDF page that starts inside the band repeats it. */
  span?: [number, number];
}
export interface SceneCircle {
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
}
export interface MapScene {
  width: number;
  height: number;
  /** The lane labels' column on the left, repeated on every PDF page. */
  labelWidth: number;
  /** Where a PDF page may end: the right edge of every step column and of every empty phase. */
  breaks: number[];
  rects: SceneRect[];
  /** Drawn under the texts. */
  grid: SceneLines[];
  texts: SceneText[];
  circles: SceneCircle[];
  /** The heartbeat line, drawn last, over its points. */
  heartbeat: SceneLines[];
}

export function mapScene(
  t: Translate,
  document: JourneyDocument,
  assumedStepIds: readonly string[],
  measured: ReadonlyMap<string, string>,
): MapScene {
  const g = GEOMETRY;
  const map = layoutMap(document, assumedStepIds);
  const { width, height } = map;
  const heartbeatLane = map.lanes.find((l) => l.key === 'heartbeat')!;
  const rects: SceneRect[] = [{ x: 0, y: 0, width, height, fill: WHITE }];
  const lanes: SceneLines = { stroke: LINE, width: 1, lines: [] };
  const phaseLines: SceneLines = { stroke: MUTED, width: 1, lines: [] };
  const stepLines: SceneLines = { stroke: LINE, width: 1, dash: [2, 4], lines: [] };
  const texts: SceneText[] = [];
  const circles: SceneCircle[] = [];
  const breaks: number[] = [];
  const text = (x: number, y: number, lines: string[], extra: Partial<SceneText> = {}) => {
    if (lines.length) texts.push({ x, y, lines, lineHeight: 14, fill: INK, ...extra });
  };

  for (const lane of map.lanes) {
    lanes.lines.push({ x1: 0, y1: lane.y, x2: width, y2: lane.y });
    text(6, lane.y + 18, [t(`journeys.lane.${lane.key}`)], { bold: true });
  }
  map.phases.forEach((phase, i) => {
    rects.push({
      x: phase.x,
      y: 0,
      width: phase.width,
      height: g.phaseHeight,
      fill: i % 2 ? '#dfe7f0' : '#eef2f7',
      stroke: LINE,
    });
    const name = wrapText(`${i + 1}. ${phase.name}`, Math.floor(phase.width / 7), 1);
    text(phase.x + 8, 22, name, { bold: true, span: [phase.x, phase.x + phase.width] });
    phaseLines.lines.push({ x1: phase.x, y1: 0, x2: phase.x, y2: height });
    if (!document.phases[i]?.steps.length) breaks.push(phase.x + phase.width);
  });
  for (const { step, x, y, assumed } of map.steps) {
    breaks.push(x + g.stepWidth);
    stepLines.lines.push({ x1: x, y1: g.phaseHeight, x2: x, y2: height });
    text(x + 8, g.phaseHeight + 18, wrapText(step.title, 22, 2), { bold: true, lineHeight: 15 });
    for (const lane of map.lanes) {
      if (lane.key === 'heartbeat') continue;
      const lines = laneText(t, step, lane.key).slice(0, Math.floor((lane.height - 8) / 14));
      text(x + 8, lane.y + 16, lines);
    }
    if (y !== null)
      circles.push({ cx: x + g.stepWidth / 2, cy: y, r: 6, fill: assumed ? WHITE : HEART, stroke: HEART });
    const value = measured.get(step.id);
    if (value) text(x + 8, heartbeatLane.y + 90, [value], { fill: MUTED });
  }
  const solid: SceneLines = { stroke: HEART, width: 2, lines: [] };
  const dashed: SceneLines = { stroke: HEART, width: 2, dash: [6, 5], lines: [] };
  for (const { dashed: isDashed, ...line } of map.segments) (isDashed ? dashed : solid).lines.push(line);

  return {
    width,
    height,
    labelWidth: g.labelWidth,
    breaks: [...new Set(breaks)].sort((a, b) => a - b),
    rects,
    grid: [lanes, phaseLines, stepLines],
    texts,
    circles,
    heartbeat: [solid, dashed].filter((set) => set.lines.length),
  };
}

/** What a lane's cell says on the map: short, wrapped lines (the table has the whole text). */
export function laneText(t: Translate, step: Step, lane: LaneKey): string[] {
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
