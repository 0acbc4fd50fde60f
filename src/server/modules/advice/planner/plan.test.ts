import { describe, expect, it } from 'vitest';
import { PlannerInputError, solvePlan, type PhaseInput } from './plan.js';

const phase = (target: number): PhaseInput => ({
  channels: [
    { code: 'web', cost: 1 },
    { code: 'letter', cost: 4 },
  ],
  // web reaches 6 of 10, letter 3, nobody 1.
  groups: [
    {
      code: 'g',
      patterns: [
        { mask: 1, weight: 6 },
        { mask: 2, weight: 3 },
        { mask: 0, weight: 1 },
      ],
    },
  ],
  target,
  mode: 'every-group',
});

describe('solvePlan', () => {
  it('solves each phase and adds up the costs', () => {
    // 0.5 → web (1); 0.8 → web + letter (5); 0.95 → out of reach (0.9 at most), web + letter (5).
    const plan = solvePlan([phase(0.5), phase(0.8), phase(0.95)]);
    expect(plan.phases.map((p) => p.channelCodes)).toEqual([['web'], ['web', 'letter'], ['web', 'letter']]);
    expect(plan.totalCost).toBe(11);
    expect(plan.feasible).toBe(false);
    expect(plan.phases.map((p) => p.feasible)).toEqual([true, true, false]);
  });

  it('points errors at the phase', () => {
    try {
      solvePlan([phase(0.5), phase(2)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerInputError);
      expect((error as PlannerInputError).path).toBe('/phases/1/target');
    }
  });
});
