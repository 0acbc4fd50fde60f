import { describe, expect, it } from 'vitest';
import { solvePhase } from './optimize.js';
import type { PhaseInput } from './types.js';
import { channels, young, old, reachOf } from './optimize.fixtures.js';

describe('solvePhase, every group', () => {
  // Target 80% = 16 of 20. Young: only web + whatsapp get there (8 + 6 + 2 = 16; without web at
  // most 6 + 2 + 2 + 2 = 12). Old: web + letter = 14, so phone (cost 5, → 18) or balie (cost 8,
  // → 16) is needed too; phone is cheaper. Optimum {web, phone, letter, whatsapp}, cost 10.
  const input: PhaseInput = { phase: 2, channels, groups: [young, old], target: 0.8, mode: 'every-group' };

  it('finds the cheapest set and its reach', () => {
    const result = solvePhase(input);
    expect(result.feasible).toBe(true);
    expect(result.optimal).toBe(true);
    expect(result.phase).toBe(2);
    expect(result.channelIndices).toEqual([0, 1, 2, 3]);
    expect(result.channelCodes).toEqual(['web', 'phone', 'letter', 'whatsapp']);
    expect(result.totalCost).toBe(10);
    // Young: 8 + 6 + 2 + 2 (phone) = 18 → 0.9. Old: 6 + 4 + 4 + 2 + 2 = 18 → 0.9.
    expect(result.reach).toEqual([
      { group: 'young', reach: 0.9 },
      { group: 'old', reach: 0.9 },
    ]);
    expect(result.leastServedGroup).toEqual({ group: 'young', reach: 0.9 });
    expect(result.populationReach).toBeNull();
    expect(result.unmeasuredGroups).toEqual([]);
  });

  it('explains each channel by the reach lost without it', () => {
    const byCode = Object.fromEntries(solvePhase(input).explanations.map((e) => [e.code, e]));
    // Without web: young 6 + 2 + 2 = 10 → 0.5 (−0.4); old 6 + 4 + 2 + 2 = 14 → 0.7 (−0.2).
    expect(byCode.web?.necessaryFor).toEqual(['young', 'old']);
    expect(byCode.web?.marginal[0]?.reach).toBeCloseTo(0.4, 12);
    expect(byCode.web?.marginal[1]?.reach).toBeCloseTo(0.2, 12);
    // Without phone: young 16 → 0.8 still meets the target; old 14 → 0.7 does not.
    expect(byCode.phone?.necessaryFor).toEqual(['old']);
    expect(byCode.phone?.marginal[0]?.reach).toBeCloseTo(0.1, 12);
    // Without letter: old 4 + 4 + 2 + 2 = 12 → 0.6 (−0.3); young unaffected.
    expect(byCode.letter?.necessaryFor).toEqual(['old']);
    expect(byCode.letter?.marginal.map((m) => m.reach)).toEqual([0, expect.closeTo(0.3, 12)]);
    // Without whatsapp: young 8 + 2 + 2 = 12 → 0.6 (−0.3).
    expect(byCode.whatsapp?.necessaryFor).toEqual(['young']);
    expect(byCode.whatsapp?.cost).toBe(2);
    expect(byCode.whatsapp?.necessaryForPopulation).toBe(false);
    expect(byCode.whatsapp?.populationMarginal).toBeNull();
  });

  it('needs no channel for a target of 0', () => {
    const result = solvePhase({ ...input, target: 0 });
    expect(result).toMatchObject({ feasible: true, channelIndices: [], totalCost: 0, explanations: [] });
    expect(reachOf(result, 'young')).toBe(0);
  });
});

describe('solvePhase, population', () => {
  // Shares young 0.25, old 0.75, target 0.8. Within cost 7 the best is web + letter + whatsapp
  // (cost 5): 0.25 · 0.8 + 0.75 · 0.7 = 0.725. At cost 8 web + letter + phone gives young
  // (8 + 2 + 2) / 20 = 0.6, old 18 / 20 = 0.9: 0.15 + 0.675 = 0.825; balie (8) alone gives 0.45.
  const input: PhaseInput = {
    channels,
    groups: [
      { ...young, populationShare: 0.25 },
      { ...old, populationShare: 0.75 },
    ],
    target: 0.8,
    mode: 'population',
  };

  it('finds the cheapest set for the population as a whole', () => {
    const result = solvePhase(input);
    expect(result.channelCodes).toEqual(['web', 'phone', 'letter']);
    expect(result.totalCost).toBe(8);
    expect(result.populationReach).toBeCloseTo(0.825, 12);
    expect(result.leastServedGroup).toEqual({ group: 'young', reach: 0.6 });
  });

  it('says which channels the population target needs', () => {
    const byCode = Object.fromEntries(solvePhase(input).explanations.map((e) => [e.code, e]));
    // Without phone: young 0.5, old 0.7 → 0.125 + 0.525 = 0.65: −0.175.
    expect(byCode.phone?.necessaryForPopulation).toBe(true);
    expect(byCode.phone?.populationMarginal).toBeCloseTo(0.175, 12);
    // Without letter: young 0.6, old 0.6 → 0.6; without web: young 0.1, old 0.7 → 0.55.
    expect(byCode.letter?.populationMarginal).toBeCloseTo(0.225, 12);
    expect(byCode.web?.populationMarginal).toBeCloseTo(0.275, 12);
  });
});

describe('tie-breaks', () => {
  const one = (code: string, cost = 1) => ({ code, cost });

  it('prefers fewer channels at equal cost', () => {
    // {a} (2) and {b, c} (1 + 1) both reach everyone.
    const result = solvePhase({
      channels: [one('a', 2), one('b'), one('c')],
      groups: [
        {
          code: 'g',
          patterns: [
            { mask: 0b011, weight: 1 },
            { mask: 0b101, weight: 1 },
          ],
        },
      ],
      target: 1,
      mode: 'every-group',
    });
    expect(result.channelCodes).toEqual(['a']);
  });

  it('then a higher least-served reach, then a higher population reach, then the lower indices', () => {
    // g1: a|b 16, b 2, nobody 2 → {a} 0.8, {b} 0.9. g2: a|b 16, a 2, nobody 2 → {a} 0.9, {b} 0.8.
    const groups = [
      {
        code: 'g1',
        patterns: [
          { mask: 0b11, weight: 16 },
          { mask: 0b10, weight: 2 },
          { mask: 0, weight: 2 },
        ],
      },
      {
        code: 'g2',
        patterns: [
          { mask: 0b11, weight: 16 },
          { mask: 0b01, weight: 2 },
          { mask: 0, weight: 2 },
        ],
      },
    ];
    const base = { channels: [one('a'), one('b')], target: 0.8, mode: 'every-group' as const };
    // Equal least-served reach (0.8) and no shares: the lower index, a.
    expect(solvePhase({ ...base, groups }).channelCodes).toEqual(['a']);
    // With shares g1 0.75, g2 0.25: {a} 0.6 + 0.225 = 0.825, {b} 0.675 + 0.2 = 0.875: b.
    const shared = [
      { ...groups[0]!, populationShare: 0.75 },
      { ...groups[1]!, populationShare: 0.25 },
    ];
    expect(solvePhase({ ...base, groups: shared }).channelCodes).toEqual(['b']);
    // The least-served reach comes before both: g1: a|b 16, b 1, nobody 3; g2: a|b 17, a 1, nobody 2.
    const leastServed = [
      {
        code: 'g1',
        patterns: [
          { mask: 0b11, weight: 16 },
          { mask: 0b10, weight: 1 },
          { mask: 0, weight: 3 },
        ],
      },
      {
        code: 'g2',
        patterns: [
          { mask: 0b11, weight: 17 },
          { mask: 0b01, weight: 1 },
          { mask: 0, weight: 2 },
        ],
      },
    ];
    // {a}: g1 16/20 = 0.8, g2 18/20 = 0.9 → least 0.8; {b}: 17/20 = 0.85 in both → b.
    expect(solvePhase({ ...base, groups: leastServed }).channelCodes).toEqual(['b']);
  });

  it('compares costs exactly: 0.1 + 0.2 ties with 0.3 + 0', () => {
    // Patterns a|c, a|d, b|c, b|d: the two-channel sets reaching all are {a, b} and {c, d}. As
    // floats 0.1 + 0.2 = 0.30000000000000004 > 0.3 + 0 and {c, d} would win; as the equal costs
    // they are, the lower indices do.
    const result = solvePhase({
      channels: [one('a', 0.1), one('b', 0.2), one('c', 0.3), one('d', 0)],
      groups: [
        {
          code: 'g',
          patterns: [0b0101, 0b1001, 0b0110, 0b1010].map((mask) => ({ mask, weight: 1 })),
        },
      ],
      target: 1,
      mode: 'every-group',
    });
    expect(result.channelCodes).toEqual(['a', 'b']);
    expect(result.totalCost).toBeCloseTo(0.3, 12);
  });
});
