// The optimizer at its limits: targets it cannot reach, and input it must tidy or refuse.
import { describe, expect, it } from 'vitest';
import { solvePhase } from './optimize.js';
import { PlannerInputError, type PhaseInput } from './types.js';
import { channels, young, old } from './optimize.fixtures.js';

describe('unreachable targets', () => {
  // A: web 19, app 1 → web alone 0.95, all channels 1.0. B: letter 7, a channel not offered 3
  // (bit 3, beyond the offered three) → at most 0.7.
  const groups = [
    {
      code: 'A',
      patterns: [
        { mask: 0b001, weight: 19 },
        { mask: 0b100, weight: 1 },
      ],
    },
    {
      code: 'B',
      patterns: [
        { mask: 0b010, weight: 7 },
        { mask: 0b1000, weight: 3 },
      ],
    },
  ];
  const offered = [
    { code: 'web', cost: 1 },
    { code: 'letter', cost: 1 },
    { code: 'app', cost: 10 },
  ];

  it('every group: the cheapest set that gives each group the target or its attainable maximum', () => {
    const result = solvePhase({ channels: offered, groups, target: 0.95, mode: 'every-group' });
    if (result.feasible) throw new Error('expected an unreachable target');
    expect(result.bestReach.groups).toEqual([
      { group: 'A', reach: 1 },
      { group: 'B', reach: 0.7 },
    ]);
    // A needs only 0.95 (web); pushing it to 1.0 would take the app at cost 10.
    expect(result.channelCodes).toEqual(['web', 'letter']);
    expect(result.totalCost).toBe(2);
    expect(result.leastServedGroup).toEqual({ group: 'B', reach: 0.7 });
    expect(result.message).toBe(
      'Een bereik van 95% in elke groep is met de aangeboden kanalen niet haalbaar voor B (hoogstens 70%). ' +
        'Het advies is de goedkoopste set kanalen die elke groep 95% geeft of, waar dat niet kan, zoveel als haalbaar is.',
    );
  });

  it('population: the cheapest set that reaches the most the population can get', () => {
    // Shares 0.5 / 0.5: at most 0.5 · 1 + 0.5 · 0.7 = 0.85, which takes all three channels.
    const shared = groups.map((g) => ({ ...g, populationShare: 0.5 }));
    const result = solvePhase({ channels: offered, groups: shared, target: 0.95, mode: 'population' });
    if (result.feasible) throw new Error('expected an unreachable target');
    expect(result.bestReach.population).toBeCloseTo(0.85, 12);
    expect(result.channelCodes).toEqual(['web', 'letter', 'app']);
    expect(result.populationReach).toBeCloseTo(0.85, 12);
    expect(result.message).toContain('alle kanalen samen bereiken 85%');
  });

  it('with no channels offered, offers nothing and says so', () => {
    const result = solvePhase({ channels: [], groups, target: 0.5, mode: 'every-group' });
    expect(result).toMatchObject({ feasible: false, channelIndices: [], totalCost: 0 });
    expect(result.reach.map((r) => r.reach)).toEqual([0, 0]);
  });
});

describe('input handling', () => {
  const simple = { code: 'g', patterns: [{ mask: 1, weight: 1 }] };

  it('merges identical masks and ignores bits beyond the offered channels', () => {
    const result = solvePhase({
      channels: [{ code: 'web', cost: 1 }],
      groups: [
        {
          code: 'g',
          // 0b11 and 0b01 are the same pattern over one channel; 0b10 reaches nobody offered.
          patterns: [
            { mask: 0b11, weight: 2 },
            { mask: 0b01, weight: 1 },
            { mask: 0b10, weight: 1 },
          ],
        },
      ],
      target: 0.5,
      mode: 'every-group',
    });
    expect(result.reach).toEqual([{ group: 'g', reach: 0.75 }]);
  });

  it('leaves out groups without respondents and spreads their share', () => {
    const result = solvePhase({
      channels: [{ code: 'web', cost: 1 }],
      groups: [
        { ...simple, code: 'a', populationShare: 0.4 },
        { code: 'empty', patterns: [{ mask: 1, weight: 0 }], populationShare: 0.2 },
        {
          code: 'b',
          patterns: [
            { mask: 1, weight: 1 },
            { mask: 0, weight: 1 },
          ],
          populationShare: 0.4,
        },
      ],
      target: 0.7,
      mode: 'population',
    });
    expect(result.unmeasuredGroups).toEqual(['empty']);
    expect(result.reach.map((r) => r.group)).toEqual(['a', 'b']);
    // a and b now weigh 0.5 each: 0.5 · 1 + 0.5 · 0.5 = 0.75.
    expect(result.populationReach).toBeCloseTo(0.75, 12);
  });

  it('stops at the node limit with a set that still meets the target', () => {
    const result = solvePhase(
      { channels, groups: [young, old], target: 0.8, mode: 'every-group' },
      { maxNodes: 1 },
    );
    expect(result.optimal).toBe(false);
    expect(result.feasible).toBe(true);
    for (const r of result.reach) expect(r.reach).toBeGreaterThanOrEqual(0.8);
  });

  const cases: [string, PhaseInput, string][] = [
    ['a target above 1', { channels, groups: [simple], target: 1.5, mode: 'every-group' }, '/target'],
    [
      'a channel listed twice',
      { channels: [channels[0]!, channels[0]!], groups: [simple], target: 0.5, mode: 'every-group' },
      '/channels/1/code',
    ],
    [
      'a negative cost',
      { channels: [{ code: 'x', cost: -1 }], groups: [simple], target: 0.5, mode: 'every-group' },
      '/channels/0/cost',
    ],
    [
      'more than 31 channels',
      {
        channels: Array.from({ length: 32 }, (_, i) => ({ code: `c${i}`, cost: 1 })),
        groups: [simple],
        target: 0.5,
        mode: 'every-group',
      },
      '/channels',
    ],
    [
      'a negative weight',
      {
        channels,
        groups: [
          {
            code: 'g',
            patterns: [
              { mask: 1, weight: 1 },
              { mask: 2, weight: -1 },
            ],
          },
        ],
        target: 0.5,
        mode: 'every-group',
      },
      '/groups/0/patterns/1/weight',
    ],
    [
      'a fractional mask',
      {
        channels,
        groups: [{ code: 'g', patterns: [{ mask: 1.5, weight: 1 }] }],
        target: 0.5,
        mode: 'every-group',
      },
      '/groups/0/patterns/0/mask',
    ],
    [
      'population mode without shares',
      { channels, groups: [simple], target: 0.5, mode: 'population' },
      '/groups',
    ],
    [
      'shares for some groups only',
      {
        channels,
        groups: [
          { ...simple, populationShare: 1 },
          { ...simple, code: 'h' },
        ],
        target: 0.5,
        mode: 'every-group',
      },
      '/groups/1/populationShare',
    ],
    [
      'shares that do not total 1',
      {
        channels,
        groups: [
          { ...simple, populationShare: 0.5 },
          { ...simple, code: 'h', populationShare: 0.4 },
        ],
        target: 0.5,
        mode: 'population',
      },
      '/groups',
    ],
    [
      'a group listed twice',
      { channels, groups: [simple, simple], target: 0.5, mode: 'every-group' },
      '/groups/1/code',
    ],
    [
      'no group with respondents',
      { channels, groups: [{ code: 'g', patterns: [] }], target: 0.5, mode: 'every-group' },
      '/groups',
    ],
  ];
  it.each(cases)('rejects %s, pointing at the field', (_, input, path) => {
    expect(() => solvePhase(input)).toThrow(PlannerInputError);
    try {
      solvePhase(input);
    } catch (error) {
      expect((error as PlannerInputError).path).toBe(path);
    }
  });
});
