// Reach of a channel set, computed one way only. The search keeps running sums as estimates, but
// every figure it reports or decides feasibility on comes from here: a fixed-order sum over the
// prepared patterns, so a set's reach does not depend on the path by which the search found it,
// and because every weight is ≥ 0 a superset never gets a lower float sum than its subset.
import type { Instance, PreparedGroup } from './prepare.js';

/**
 * A reach within this of its threshold counts as meeting it, so that a population reach summed to
 * 0.7999999999999999 meets a target of 0.8.
 */
export const REACH_TOLERANCE = 1e-9;

export type Requirement =
  { mode: 'every-group'; thresholds: number[] } | { mode: 'population'; threshold: number };

export function groupReach(group: PreparedGroup, set: number): number {
  const { masks, weights } = group;
  let covered = 0;
  for (let i = 0; i < masks.length; i++) {
    if ((masks[i]! & set) !== 0) covered += weights[i]!;
  }
  return covered / group.total;
}

export function groupReaches(instance: Instance, set: number): number[] {
  return instance.groups.map((group) => groupReach(group, set));
}

/** Σ share · reach in group order; null when the groups carry no shares. */
export function populationReach(instance: Instance, reaches: readonly number[]): number | null {
  if (!instance.hasShares) return null;
  let sum = 0;
  instance.groups.forEach((group, i) => {
    sum += group.share * reaches[i]!;
  });
  return sum;
}

export function meetsThreshold(reach: number, threshold: number): boolean {
  return reach >= threshold - REACH_TOLERANCE;
}

export function meetsRequirement(
  instance: Instance,
  requirement: Requirement,
  reaches: readonly number[],
): boolean {
  if (requirement.mode === 'population') {
    return meetsThreshold(populationReach(instance, reaches) ?? 0, requirement.threshold);
  }
  return reaches.every((reach, i) => meetsThreshold(reach, requirement.thresholds[i]!));
}

export function minimum(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** A feasible set with what the tie-break needs. */
export interface Candidate {
  set: number;
  costUnits: number;
  count: number;
  minReach: number;
  /** Population reach, or 0 without shares so that it never decides a tie. */
  populationReach: number;
}

/**
 * Negative when `a` is the better choice: lower cost, then fewer channels, then a higher minimum
 * group reach, then a higher population reach, then the lexicographically smaller index list.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.costUnits !== b.costUnits) return a.costUnits - b.costUnits;
  if (a.count !== b.count) return a.count - b.count;
  if (a.minReach !== b.minReach) return b.minReach - a.minReach;
  if (a.populationReach !== b.populationReach) return b.populationReach - a.populationReach;
  if (a.set === b.set) return 0;
  // Equal counts: the lowest index in one set but not the other decides; its owner sorts first.
  const differing = a.set ^ b.set;
  return (a.set & differing & -differing) !== 0 ? -1 : 1;
}

export function costUnitsOf(instance: Instance, set: number): number {
  let units = 0;
  for (let i = 0; i < instance.channelCount; i++) if (set & (1 << i)) units += instance.costUnits[i]!;
  return units;
}

export function bitCount(set: number): number {
  let count = 0;
  for (let s = set; s !== 0; s &= s - 1) count++;
  return count;
}

export function candidateOf(instance: Instance, set: number, reaches: readonly number[]): Candidate {
  return {
    set,
    costUnits: costUnitsOf(instance, set),
    count: bitCount(set),
    minReach: minimum(reaches),
    populationReach: populationReach(instance, reaches) ?? 0,
  };
}
