import { describe, expect, it } from 'vitest';
import { solvePhase } from './optimize.js';
import { PlannerInputError, type PhaseInput, type PhaseResult } from './types.js';

// Channels 0 web (free), 1 phone (5), 2 letter (3), 3 whatsapp (2), 4 balie (8); bits 1, 2, 4, 8, 16.
const WEB = 1;
const PHONE = 2;
const LETTER = 4;
const WHATSAPP = 8;
const BALIE = 16;
const channels = [
  { code: 'web', cost: 0 },
  { code: 'phone', cost: 5 },
  { code: 'letter', cost: 3 },
  { code: 'whatsapp', cost: 2 },
  { code: 'balie', cost: 8 },
];
// 20 young respondents: web 8, whatsapp 6, web+whatsapp 2, phone 2, balie 2.
const young = {
  code: 'young',
  patterns: [
    { mask: WEB, weight: 8 },
    { mask: WHATSAPP, weight: 6 },
    { mask: WEB | WHATSAPP, weight: 2 },
    { mask: PHONE, weight: 2 },
    { mask: BALIE, weight: 2 },
  ],
};
// 20 old respondents: letter 6, phone 4, web 4, letter+phone 2, balie 2, web+letter 2.
const old = {
  code: 'old',
  patterns: [
    { mask: LETTER, weight: 6 },
    { mask: PHONE, weight: 4 },
    { mask: WEB, weight: 4 },
    { mask: LETTER | PHONE, weight: 2 },
    { mask: BALIE, weight: 2 },
    { mask: WEB | LETTER, weight: 2 },
  ],
};

function reachOf(result: PhaseResult, group: string): number | undefined {
  return result.reach.find((r) => r.group === group)?.reach;
}

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
