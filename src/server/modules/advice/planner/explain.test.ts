import { describe, expect, it } from 'vitest';
import { describeChannel, formatPercent, formatPoints, unreachableMessage } from './explain.js';
import type { ChannelExplanation, PhaseResult } from './types.js';

const names = {
  channel: (code: string) => ({ whatsapp: 'WhatsApp', web: 'Website' })[code],
  group: (code: string) => ({ young: '16–24 jaar', old: '65+' })[code],
};

function explanation(overrides: Partial<ChannelExplanation>): ChannelExplanation {
  return {
    index: 3,
    code: 'whatsapp',
    cost: 2,
    necessaryFor: [],
    necessaryForPopulation: false,
    marginal: [
      { group: 'young', reach: 0.23 },
      { group: 'old', reach: 0.04 },
    ],
    populationMarginal: null,
    ...overrides,
  };
}

const feasible = {
  feasible: true,
  mode: 'every-group',
  target: 0.8,
} as PhaseResult;

describe('formatting', () => {
  it('rounds percentages and keeps one decimal for small contributions', () => {
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(0.7251)).toBe('73%');
    expect(formatPoints(0.23)).toBe('+23 procentpunt');
    expect(formatPoints(0.004)).toBe('+0,4 procentpunt');
    expect(formatPoints(0)).toBe('+0 procentpunt');
  });
});

describe('describeChannel', () => {
  it('names the group a channel keeps above target', () => {
    expect(describeChannel(explanation({ necessaryFor: ['young'] }), feasible, names)).toBe(
      'WhatsApp is nodig om 16–24 jaar boven 80% te houden (+23 procentpunt).',
    );
    // A bare target works too, and codes stand in for missing names.
    expect(describeChannel(explanation({ necessaryFor: ['young'] }), 0.8)).toBe(
      'whatsapp is nodig om young boven 80% te houden (+23 procentpunt).',
    );
  });

  it('lists several groups with their contributions', () => {
    expect(describeChannel(explanation({ necessaryFor: ['young', 'old'] }), feasible, names)).toBe(
      'WhatsApp is nodig om 16–24 jaar (+23 procentpunt) en 65+ (+4 procentpunt) boven 80% te houden.',
    );
  });

  it('leads with the population in population mode', () => {
    const result = { ...feasible, mode: 'population' } as PhaseResult;
    const e = explanation({
      necessaryFor: ['young'],
      necessaryForPopulation: true,
      populationMarginal: 0.175,
    });
    expect(describeChannel(e, result, names)).toBe(
      'WhatsApp is nodig om het bereik onder de bevolking boven 80% te houden (+18 procentpunt).',
    );
  });

  it('speaks of the attainable maximum when the target is out of reach for a group', () => {
    const result = {
      feasible: false,
      mode: 'every-group',
      target: 0.8,
      bestReach: {
        groups: [
          { group: 'young', reach: 0.95 },
          { group: 'old', reach: 0.7 },
        ],
        population: null,
      },
    } as unknown as PhaseResult;
    expect(describeChannel(explanation({ necessaryFor: ['old'] }), result, names)).toBe(
      'WhatsApp is nodig om 65+ op het haalbare maximum van 70% te houden (+4 procentpunt).',
    );
    expect(describeChannel(explanation({ necessaryFor: ['young', 'old'] }), result, names)).toBe(
      'WhatsApp is nodig om 16–24 jaar boven 80% (+23 procentpunt) en 65+ op het haalbare maximum van 70% ' +
        '(+4 procentpunt) te houden.',
    );
  });

  it('falls back to the largest contribution, or says there is none', () => {
    expect(describeChannel(explanation({}), feasible, names)).toBe(
      'WhatsApp voegt het meeste bereik toe bij 16–24 jaar (+23 procentpunt).',
    );
    const none = explanation({ marginal: [{ group: 'young', reach: 0 }] });
    expect(describeChannel(none, feasible, names)).toBe(
      'WhatsApp voegt geen bereik toe naast de andere gekozen kanalen.',
    );
  });
});

describe('unreachableMessage', () => {
  it('names the groups that cannot reach the target', () => {
    const message = unreachableMessage(
      {
        mode: 'every-group',
        target: 0.9,
        bestReach: {
          groups: [
            { group: 'young', reach: 0.95 },
            { group: 'old', reach: 0.72 },
          ],
          population: null,
        },
      },
      names,
    );
    expect(message).toContain('niet haalbaar voor 65+ (hoogstens 72%)');
    expect(message).not.toContain('16–24');
  });
});
