// Case filters. A trace either passes or not as a whole (no events are cut out), so every
// figure computed on the filtered log is about complete cases.
import { sortTrace, type Trace } from './model.js';
import { variantId } from './mine.js';

export interface TraceFilter {
  from?: number;
  to?: number;
  /** contained: the whole case lies in [from, to); intersecting: the case overlaps it. */
  timeMode?: 'contained' | 'intersecting';
  activity?: string;
  variant?: string;
  startActivity?: string;
  endActivity?: string;
  attrKey?: string;
  attrValue?: string;
}

export const isEmptyFilter = (f: TraceFilter) =>
  f.from === undefined &&
  f.to === undefined &&
  f.activity === undefined &&
  f.variant === undefined &&
  f.startActivity === undefined &&
  f.endActivity === undefined &&
  f.attrKey === undefined;

function hasAttribute(trace: Trace, key: string, value: string): boolean {
  const own = trace.at?.[key];
  if (own !== undefined && String(own) === value) return true;
  for (const e of trace.ev) {
    const v =
      key === 'org:resource'
        ? e.r
        : key === 'lifecycle:transition'
          ? e.lc
          : key === 'concept:name'
            ? e.a
            : e.at?.[key];
    if (v !== undefined && String(v) === value) return true;
  }
  return false;
}

/** Whether a trace passes; the trace is sorted by timestamp as a side effect. */
export function matches(trace: Trace, f: TraceFilter): boolean {
  const ev = sortTrace(trace).ev;
  if (ev.length === 0) return false;
  const first = ev[0]!;
  const last = ev[ev.length - 1]!;
  if (f.from !== undefined || f.to !== undefined) {
    const from = f.from ?? -Infinity;
    const to = f.to ?? Infinity;
    if ((f.timeMode ?? 'contained') === 'contained') {
      if (first.t < from || last.t >= to) return false;
    } else if (last.t < from || first.t >= to) return false;
  }
  if (f.startActivity !== undefined && first.a !== f.startActivity) return false;
  if (f.endActivity !== undefined && last.a !== f.endActivity) return false;
  if (f.activity !== undefined && !ev.some((e) => e.a === f.activity)) return false;
  if (f.attrKey !== undefined && !hasAttribute(trace, f.attrKey, f.attrValue ?? '')) return false;
  if (f.variant !== undefined && variantId(ev.map((e) => e.a)) !== f.variant) return false;
  return true;
}

export interface EdgeCase {
  caseId: string;
  occurrences: number;
  start: string;
  end: string;
  throughputMs: number;
  events: number;
  edgeMeanMs: number;
}

/** The case behind an edge source → target (directly following), or null. */
export function edgeCase(trace: Trace, source: string, target: string): EdgeCase | null {
  const ev = sortTrace(trace).ev;
  let occurrences = 0;
  let total = 0;
  for (let i = 1; i < ev.length; i++) {
    if (ev[i - 1]!.a === source && ev[i]!.a === target) {
      occurrences++;
      total += ev[i]!.t - ev[i - 1]!.t;
    }
  }
  if (occurrences === 0) return null;
  const first = ev[0]!.t;
  const last = ev[ev.length - 1]!.t;
  return {
    caseId: trace.id,
    occurrences,
    start: new Date(first).toISOString(),
    end: new Date(last).toISOString(),
    throughputMs: last - first,
    events: ev.length,
    edgeMeanMs: total / occurrences,
  };
}
