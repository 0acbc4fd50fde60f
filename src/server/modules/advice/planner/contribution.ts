// What each chosen channel does for the advice: the reach lost without it. Data only; explain.ts
// turns it into sentences.
import type { Instance } from './prepare.js';
import { groupReaches, meetsThreshold, populationReach } from './reach.js';
import type { ChannelExplanation } from './types.js';

export interface Thresholds {
  /** Per group, the reach a channel is "needed" to keep. */
  groups: readonly number[];
  /** Population reach to keep; null without population shares. */
  population: number | null;
}

export function contributions(
  instance: Instance,
  set: number,
  reaches: readonly number[],
  thresholds: Thresholds,
): ChannelExplanation[] {
  const population = populationReach(instance, reaches);
  const explanations: ChannelExplanation[] = [];
  for (let index = 0; index < instance.channelCount; index++) {
    if ((set & (1 << index)) === 0) continue;
    const without = groupReaches(instance, set & ~(1 << index));
    const populationWithout = populationReach(instance, without);
    const necessaryFor = instance.groups
      .filter(
        (_, g) =>
          meetsThreshold(reaches[g]!, thresholds.groups[g]!) &&
          !meetsThreshold(without[g]!, thresholds.groups[g]!),
      )
      .map((group) => group.code);
    const populationThreshold = thresholds.population;
    explanations.push({
      index,
      code: instance.codes[index]!,
      cost: instance.costs[index]!,
      necessaryFor,
      necessaryForPopulation:
        population !== null &&
        populationWithout !== null &&
        populationThreshold !== null &&
        meetsThreshold(population, populationThreshold) &&
        !meetsThreshold(populationWithout, populationThreshold),
      marginal: instance.groups.map((group, g) => ({ group: group.code, reach: reaches[g]! - without[g]! })),
      populationMarginal:
        population === null || populationWithout === null ? null : population - populationWithout,
    });
  }
  return explanations;
}
