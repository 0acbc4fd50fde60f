// Geometry of the journey map (SVG): one column per step, grouped under the five phases; one row
// per lane. Pure, so the drawing can be tested and benchmarked without a browser.
import type { JourneyDocument, Step } from '../../shared/journeys/model';
import { heartbeatValue } from './docEdit';

export const LANE_KEYS = [
  'does',
  'thinks',
  'touchpoints',
  'heartbeat',
  'painPoints',
  'ideas',
  'backstage',
  'kpi',
] as const;
export type LaneKey = (typeof LANE_KEYS)[number];

export const GEOMETRY = {
  labelWidth: 130,
  stepWidth: 170,
  emptyPhaseWidth: 120,
  phaseHeight: 34,
  titleHeight: 46,
  lanes: {
    does: 72,
    thinks: 72,
    touchpoints: 84,
    heartbeat: 96,
    painPoints: 84,
    ideas: 84,
    backstage: 72,
    kpi: 52,
  },
} as const satisfies { lanes: Record<LaneKey, number> } & Record<string, unknown>;

export interface PlacedPhase {
  key: string;
  name: string;
  x: number;
  width: number;
}
export interface PlacedStep {
  step: Step;
  x: number;
  /** Heartbeat on the 1–5 scale, or null without one. */
  value: number | null;
  /** y of the heartbeat point, or null. */
  y: number | null;
  assumed: boolean;
}
export interface PlacedLane {
  key: LaneKey;
  y: number;
  height: number;
}
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Drawn dashed: one of its ends is an assumption. */
  dashed: boolean;
}
export interface MapLayout {
  width: number;
  height: number;
  phases: PlacedPhase[];
  steps: PlacedStep[];
  lanes: PlacedLane[];
  segments: Segment[];
}

export function layoutMap(document: JourneyDocument, assumedStepIds: readonly string[]): MapLayout {
  const g = GEOMETRY;
  const assumed = new Set(assumedStepIds);
  const lanes: PlacedLane[] = [];
  let y = g.phaseHeight + g.titleHeight;
  for (const key of LANE_KEYS) {
    lanes.push({ key, y, height: g.lanes[key] });
    y += g.lanes[key];
  }
  const heartbeatLane = lanes.find((l) => l.key === 'heartbeat')!;
  // 5 at the top, 1 at the bottom, with a margin so the points are not cut off.
  const valueY = (v: number) => heartbeatLane.y + 12 + ((5 - v) / 4) * (heartbeatLane.height - 24);

  const phases: PlacedPhase[] = [];
  const steps: PlacedStep[] = [];
  let x = g.labelWidth;
  for (const phase of document.phases) {
    const width = phase.steps.length ? phase.steps.length * g.stepWidth : g.emptyPhaseWidth;
    phases.push({ key: phase.key, name: phase.name, x, width });
    phase.steps.forEach((step, i) => {
      const value = heartbeatValue(step);
      steps.push({
        step,
        x: x + i * g.stepWidth,
        value,
        y: value === null ? null : valueY(value),
        assumed: value !== null && assumed.has(step.id),
      });
    });
    x += width;
  }

  // The line joins consecutive heartbeats, skipping steps without one.
  const points = steps.filter((s) => s.y !== null);
  const segments: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    segments.push({
      x1: a.x + g.stepWidth / 2,
      y1: a.y!,
      x2: b.x + g.stepWidth / 2,
      y2: b.y!,
      dashed: a.assumed || b.assumed,
    });
  }
  return { width: x + 8, height: y + 8, phases, steps, lanes, segments };
}

/** Breaks text into at most `lines` lines of about `width` characters, with an ellipsis if cut. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (out.length === lines) break;
  }
  if (line && out.length < lines) out.push(line);
  if (out.length === lines && out.join(' ').length < words.join(' ').length) {
    const last = out[lines - 1]!;
    out[lines - 1] = last.endsWith('…') ? last : `${last.slice(0, Math.max(0, width - 1))}…`;
  }
  return out.slice(0, lines);
}
