// A channel plan: each phase of a trajectory solved on its own. Phases do not share costs (a channel
// offered in two phases is paid per phase), so solving them separately is exact.
import { solvePhase } from './optimize.js';
import { PlannerInputError, type PhaseInput, type PhaseResult, type SolveOptions } from './types.js';

export interface PlanResult {
  phases: PhaseResult[];
  /** Sum of the phases' total costs. */
  totalCost: number;
  /** Whether every phase meets its target. */
  feasible: boolean;
}

export function solvePlan(phases: readonly PhaseInput[], options: SolveOptions = {}): PlanResult {
  const results = phases.map((phase, i) => {
    try {
      return solvePhase(phase, options);
    } catch (error) {
      if (error instanceof PlannerInputError) {
        throw new PlannerInputError(error.message, `/phases/${i}${error.path}`);
      }
      throw error;
    }
  });
  return {
    phases: results,
    totalCost: results.reduce((sum, r) => sum + r.totalCost, 0),
    feasible: results.every((r) => r.feasible),
  };
}

export { solvePhase } from './optimize.js';
export { buildPatterns, type ChannelChoice } from './patterns.js';
export { describeChannel, unreachableMessage, type Names } from './explain.js';
export * from './types.js';
