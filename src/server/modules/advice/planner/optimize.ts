// solvePhase: the cheapest set of offered channels that meets the reach target in one phase, or,
// when no set can, the cheapest that comes as close as the offered channels allow.
import { contributions, type Thresholds } from './contribution.js';
import { unreachableMessage } from './explain.js';
import { prepare, type Instance } from './prepare.js';
import { groupReaches, meetsRequirement, populationReach, type Requirement } from './reach.js';
import { search } from './search.js';
import { workspaceFor } from './levels.js';
import type { GroupReach, PhaseInput, PhaseResult, SolveOptions } from './types.js';

/**
 * Far above what realistic phases need (tens to a few thousand nodes, see bench/planner.mjs), and
 * at a few microseconds per node low enough to bound a request to about a second per phase.
 */
export const DEFAULT_MAX_NODES = 200_000;

function targetRequirement(instance: Instance, input: PhaseInput): Requirement {
  return input.mode === 'population'
    ? { mode: 'population', threshold: input.target }
    : { mode: 'every-group', thresholds: instance.groups.map(() => input.target) };
}

/**
 * When the target is out of reach: in population mode the population reach of all channels; in
 * every-group mode each group's target, lowered to what all channels reach in that group. Not the
 * full reach of all channels for every group: groups that can meet the target need not be pushed
 * beyond it at extra cost because another group cannot.
 */
function bestPossibleRequirement(
  instance: Instance,
  input: PhaseInput,
  allReaches: readonly number[],
  allPopulation: number | null,
): Requirement {
  return input.mode === 'population'
    ? { mode: 'population', threshold: allPopulation ?? 0 }
    : { mode: 'every-group', thresholds: allReaches.map((reach) => Math.min(input.target, reach)) };
}

function thresholdsOf(instance: Instance, input: PhaseInput, requirement: Requirement): Thresholds {
  if (requirement.mode === 'population') {
    return { groups: instance.groups.map(() => input.target), population: requirement.threshold };
  }
  return { groups: requirement.thresholds, population: instance.hasShares ? input.target : null };
}

function labelled(instance: Instance, reaches: readonly number[]): GroupReach[] {
  return instance.groups.map((group, g) => ({ group: group.code, reach: reaches[g]! }));
}

export function solvePhase(input: PhaseInput, options: SolveOptions = {}): PhaseResult {
  const instance = prepare(input);
  const allReaches = groupReaches(instance, instance.allChannels);
  const allPopulation = populationReach(instance, allReaches);
  const wanted = targetRequirement(instance, input);
  const feasible = meetsRequirement(instance, wanted, allReaches);
  const requirement = feasible ? wanted : bestPossibleRequirement(instance, input, allReaches, allPopulation);

  let patterns = 0;
  for (const group of instance.groups) patterns += group.masks.length;
  const found = search(
    instance,
    requirement,
    { incumbent: instance.allChannels, maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES },
    workspaceFor(patterns),
  );
  const set = found.best.set;
  const channelIndices: number[] = [];
  for (let i = 0; i < instance.channelCount; i++) if (set & (1 << i)) channelIndices.push(i);
  const reach = labelled(instance, found.reaches);
  let leastServedGroup: GroupReach | null = null;
  for (const entry of reach)
    if (leastServedGroup === null || entry.reach < leastServedGroup.reach) leastServedGroup = entry;
  let totalCost = 0;
  for (const i of channelIndices) totalCost += instance.costs[i]!;

  const common = {
    ...(input.phase === undefined ? {} : { phase: input.phase }),
    mode: input.mode,
    target: input.target,
    channelIndices,
    channelCodes: channelIndices.map((i) => instance.codes[i]!),
    totalCost,
    reach,
    unmeasuredGroups: instance.unmeasured,
    populationReach: populationReach(instance, found.reaches),
    leastServedGroup,
    explanations: contributions(instance, set, found.reaches, thresholdsOf(instance, input, requirement)),
    optimal: found.complete,
    nodes: found.nodes,
  };
  if (feasible) return { ...common, feasible: true };
  const bestReach = { groups: labelled(instance, allReaches), population: allPopulation };
  return {
    ...common,
    feasible: false,
    bestReach,
    message: unreachableMessage({ mode: input.mode, target: input.target, bestReach }),
  };
}
