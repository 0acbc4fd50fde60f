// Inputs and results of the channel planner. The planner works on indices and bitmasks; codes are
// carried along only so that results can be read without the input beside them.

/** A channel the gemeente offers in this phase. Its index in the list is its bit in every mask. */
export interface PlannerChannel {
  code: string;
  /** Cost of offering the channel in this phase, in any unit the gemeente likes (≥ 0). */
  cost: number;
}

/**
 * Respondents who would use the same channels. Bit i of `mask` is offered channel i; bits beyond
 * the offered channels are ignored, and a pattern left with no bits cannot be reached at all.
 */
export interface ResponsePattern {
  mask: number;
  /** Respondent count, or weighted count after post-stratification (≥ 0). */
  weight: number;
}

export interface PlannerGroup {
  /** Age-group or engagement-profile code. */
  code: string;
  patterns: readonly ResponsePattern[];
  /** Share of the population in this group; required for every group in `population` mode. */
  populationShare?: number;
}

/**
 * `every-group`: each group's reach must meet the target, so no group is left behind.
 * `population`: the population-weighted mean reach must meet it.
 */
export type TargetMode = 'every-group' | 'population';

export interface PhaseInput {
  /** Passed through to the result, e.g. the phase number. */
  phase?: number;
  channels: readonly PlannerChannel[];
  groups: readonly PlannerGroup[];
  /** Reach to attain, a fraction in [0, 1], e.g. 0.8. */
  target: number;
  mode: TargetMode;
}

export interface SolveOptions {
  /**
   * Search nodes after which the search stops with the best set found so far (`optimal: false`).
   * A guard against pathological input on a shared server; realistic phases need far fewer.
   */
  maxNodes?: number;
}

export interface GroupReach {
  group: string;
  /** Fraction of the group's weight reached, 0..1. */
  reach: number;
}

export interface ChannelExplanation {
  index: number;
  code: string;
  cost: number;
  /**
   * Groups whose reach meets their level with the chosen set but not without this channel. The
   * level is the target, except in `every-group` mode with the target out of reach, where it is
   * the target lowered to what all channels attain in that group (what the solver aimed for).
   */
  necessaryFor: string[];
  /**
   * Whether the population reach would fall below the target without this channel (below the most
   * attainable, in `population` mode with the target out of reach); false without shares.
   */
  necessaryForPopulation: boolean;
  /** Reach this channel adds per group beyond the other chosen channels (fraction, 0..1). */
  marginal: GroupReach[];
  /** Population reach it adds beyond the other chosen channels; null without population shares. */
  populationMarginal: number | null;
}

interface PhaseResultBase {
  phase?: number;
  mode: TargetMode;
  target: number;
  /** Chosen channel indices, ascending, and their codes in the same order. */
  channelIndices: number[];
  channelCodes: string[];
  totalCost: number;
  /** Per group with respondents in this phase, in input order. */
  reach: GroupReach[];
  /**
   * Groups without respondents (total weight 0) in this phase: they have no reach, are left out of
   * the requirement, and their population share is spread over the other groups.
   */
  unmeasuredGroups: string[];
  /** Σ populationShare · reach; null when the groups carry no population shares. */
  populationReach: number | null;
  /** The group with the lowest reach (the first of equals); null when there are no groups. */
  leastServedGroup: GroupReach | null;
  explanations: ChannelExplanation[];
  /** False only when the node limit cut the search short; the set is then the best found. */
  optimal: boolean;
  /** Search nodes visited, for benchmarks and diagnostics. */
  nodes: number;
}

export interface FeasiblePhaseResult extends PhaseResultBase {
  feasible: true;
}

/**
 * The target cannot be met even with every offered channel. The chosen set is then the cheapest
 * one that reaches as much as all channels together (per group in `every-group` mode, for the
 * population in `population` mode), so that the user sees the best possible.
 */
export interface InfeasiblePhaseResult extends PhaseResultBase {
  feasible: false;
  /** Reach with every offered channel: the most that is attainable. */
  bestReach: { groups: GroupReach[]; population: number | null };
  /** Dutch sentence for the user. */
  message: string;
}

export type PhaseResult = FeasiblePhaseResult | InfeasiblePhaseResult;

/**
 * Input the planner cannot work with. `path` is a JSON Pointer (RFC 6901) to the offending field of
 * the phase input, e.g. "/groups/2/patterns/0/weight"; solvePlan prefixes "/phases/<i>".
 */
export class PlannerInputError extends Error {
  override readonly name = 'PlannerInputError';

  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}
