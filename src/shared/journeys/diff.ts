// What changes between the current and the desired journey, phase by phase. Steps are matched by
// id (a desired map is usually a copy of the current one), then by title.
import { PHASE_KEYS, type JourneyDocument, type PhaseKey, type Step } from './model.js';

export const LANES = [
  'title',
  'does',
  'thinks',
  'touchpoints',
  'heartbeat',
  'painPoints',
  'ideas',
  'backstage',
  'kpi',
] as const satisfies readonly (keyof Step)[];

export interface StepChange {
  stepId: string;
  title: string;
  lanes: (typeof LANES)[number][];
}

export interface PhaseDiff {
  key: PhaseKey;
  nameCurrent: string;
  nameDesired: string;
  added: { stepId: string; title: string }[];
  removed: { stepId: string; title: string }[];
  changed: StepChange[];
  unchanged: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffJourneys(current: JourneyDocument, desired: JourneyDocument): PhaseDiff[] {
  return PHASE_KEYS.map((key) => {
    const cur = current.phases.find((p) => p.key === key);
    const des = desired.phases.find((p) => p.key === key);
    const curSteps = cur?.steps ?? [];
    const desSteps = des?.steps ?? [];
    const matched = new Set<Step>();
    const result: PhaseDiff = {
      key,
      nameCurrent: cur?.name ?? '',
      nameDesired: des?.name ?? '',
      added: [],
      removed: [],
      changed: [],
      unchanged: 0,
    };
    for (const d of desSteps) {
      const c =
        curSteps.find((s) => !matched.has(s) && s.id === d.id) ??
        curSteps.find((s) => !matched.has(s) && s.title === d.title);
      if (!c) {
        result.added.push({ stepId: d.id, title: d.title });
        continue;
      }
      matched.add(c);
      const lanes = LANES.filter((lane) => !same(c[lane], d[lane]));
      if (lanes.length) result.changed.push({ stepId: d.id, title: d.title, lanes });
      else result.unchanged++;
    }
    for (const c of curSteps) if (!matched.has(c)) result.removed.push({ stepId: c.id, title: c.title });
    return result;
  });
}
