import type { Dfg, DfgActivity, DfgEdge } from '../types';

export type MapMode = 'frequency' | 'performance';

export const START = '__start__';
export const END = '__end__';

export interface MapEdge extends DfgEdge {
  id: string;
  /** Start and end arrows are drawn for orientation; they have no cases of their own to list. */
  synthetic: boolean;
  width: number;
}

export interface MapModel {
  activities: DfgActivity[];
  edges: MapEdge[];
  totalActivities: number;
  totalEdges: number;
}

/** Stroke widths 1–10 px, proportional to the measure (square root, so small edges stay visible). */
function scale(values: number[]): (v: number) => number {
  const max = Math.max(1, ...values);
  return (v) => 1 + 9 * Math.sqrt(Math.max(0, v) / max);
}

/**
 * The part of a directly-follows graph to draw: the `activityLimit` most frequent activities, then
 * the `pathLimit` most frequent edges between them (as the API's `activities`/`paths` do), plus
 * start and end arrows to the activities cases begin and end with.
 */
export function mapModel(dfg: Dfg, activityLimit: number, pathLimit: number, mode: MapMode): MapModel {
  const activities = [...dfg.activities]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, Math.max(1, activityLimit));
  const kept = new Set(activities.map((a) => a.name));
  const edges = dfg.edges
    .filter((e) => kept.has(e.from) && kept.has(e.to))
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .slice(0, Math.max(0, pathLimit));
  const measure = (e: DfgEdge) => (mode === 'frequency' ? e.count : (e.meanMs ?? 0));
  const width = scale(edges.map(measure));
  const countWidth = scale(edges.map((e) => e.count));
  const real: MapEdge[] = edges.map((e) => ({
    ...e,
    id: `${e.from}\u0000${e.to}`,
    synthetic: false,
    width: width(measure(e)),
  }));
  const boundary = (from: string, to: string, count: number): MapEdge => ({
    from,
    to,
    count,
    meanMs: null,
    medianMs: null,
    id: `${from}\u0000${to}`,
    synthetic: true,
    width: countWidth(count),
  });
  const starts = dfg.starts
    .filter((s) => kept.has(s.activity))
    .map((s) => boundary(START, s.activity, s.count));
  const ends = dfg.ends.filter((s) => kept.has(s.activity)).map((s) => boundary(s.activity, END, s.count));
  return {
    activities,
    edges: [...starts, ...real, ...ends],
    totalActivities: dfg.activities.length,
    totalEdges: dfg.edges.length,
  };
}
