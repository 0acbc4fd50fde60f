// From respondents to the planner's input: per group, the distinct sets of offered channels the
// respondents would use (as bitmasks) with their summed weights.
import type { Context, Phase, SchemeCode } from '../../../shared/advice/model.js';
import { answerOf, inGroup, type DatasetIndex } from './aggregate.js';
import type { PhaseInput, PlannerGroup, TargetMode } from './planner/types.js';
import type { PlanChannel } from './tables.js';

export interface PlanSpec {
  context: Context;
  scheme: SchemeCode;
  channels: PlanChannel[];
  target: number;
  mode: TargetMode;
  /** Groups to plan for, with their population share (shares sum to 1 over these groups). */
  groups: { code: string; populationShare: number }[];
}

export function phaseInput(index: DatasetIndex, spec: PlanSpec, phase: Phase): PhaseInput {
  const bit = new Map(spec.channels.map((c, i) => [c.code, 1 << i]));
  const groups: PlannerGroup[] = spec.groups.map(({ code, populationShare }) => {
    const patterns = new Map<number, number>();
    index.respondents.forEach((r, i) => {
      if (!inGroup(r, spec.scheme, code)) return;
      const a = answerOf(r, spec.context, phase);
      const w = index.weights[i]!;
      if (!a || w === 0) return;
      let mask = 0;
      for (const c of a.channels) mask |= bit.get(c) ?? 0;
      patterns.set(mask, (patterns.get(mask) ?? 0) + w);
    });
    return { code, populationShare, patterns: [...patterns].map(([mask, weight]) => ({ mask, weight })) };
  });
  return { phase, channels: spec.channels, groups, target: spec.target, mode: spec.mode };
}

/**
 * The groups a plan is for. With an area, its composition gives the shares; without, every group of
 * the scheme counts by its (weighted) size in the dataset. Groups without respondents cannot be
 * planned for and are reported.
 */
export function planGroups(
  index: DatasetIndex,
  scheme: SchemeCode,
  schemeGroups: string[],
  areaShares: Record<string, number> | null,
): { groups: { code: string; populationShare: number }[]; missing: string[] } {
  const size = new Map<string, number>();
  index.respondents.forEach((r, i) => {
    const g = scheme === 'age' ? r.ageGroup : r.profile;
    if (g && index.weights[i]! > 0) size.set(g, (size.get(g) ?? 0) + index.weights[i]!);
  });
  const wanted = areaShares
    ? Object.entries(areaShares).filter(([, s]) => s > 0)
    : schemeGroups.map((g) => [g, size.get(g) ?? 0] as [string, number]);
  const missing = wanted.filter(([g]) => !size.has(g)).map(([g]) => g);
  const present = wanted.filter(([g]) => size.has(g));
  const total = present.reduce((s, [, v]) => s + v, 0);
  return {
    groups: present.map(([code, v]) => ({ code, populationShare: total > 0 ? v / total : 0 })),
    missing,
  };
}
